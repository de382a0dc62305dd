package io.suretyhub.seal.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the seal module.
 *
 * @param dataDir where the hosted key store and the demo CA live; blank for a throw-away directory (tests)
 * @param keystorePassword password of the key stores; blank: generated once and kept in the data directory (demo only)
 * @param demoCa whether the platform issues certificates for hosted keys from its own DEMO certificate authority
 * @param hostedValidity how long a certificate for a hosted key is valid
 * @param keyStore where hosted keys live: {@code pkcs12} (a file in the data directory) or {@code pkcs11} (a token)
 * @param pkcs11 the token, when {@code keyStore} is {@code pkcs11}
 */
@ConfigurationProperties("suretyhub.seal")
public record SealSettings(@DefaultValue("./data/seal") String dataDir, @DefaultValue("") String keystorePassword,
		@DefaultValue("true") boolean demoCa, @DefaultValue("P730D") Duration hostedValidity,
		@DefaultValue("pkcs12") String keyStore, @DefaultValue Pkcs11 pkcs11) {

	public SealSettings {
		if (!"pkcs12".equals(keyStore) && !"pkcs11".equals(keyStore)) {
			throw new IllegalArgumentException("suretyhub.seal.key-store is pkcs12 or pkcs11, not '" + keyStore + "'");
		}
	}

	/**
	 * A PKCS#11 token (HSM) reached through the JDK's SunPKCS11 provider.
	 *
	 * @param library the vendor's PKCS#11 module, e.g. {@code /usr/lib/softhsm/libsofthsm2.so}
	 * @param slot the token's slot id; negative: the first slot with a token
	 * @param pin the user PIN of the token (env {@code SURETYHUB_SEAL_PKCS11_PIN})
	 */
	public record Pkcs11(@DefaultValue("") String library, @DefaultValue("-1") long slot, @DefaultValue("") String pin) {

		@Override
		public String toString() {
			return "Pkcs11[library=" + library + ", slot=" + slot + ", pin=" + (pin.isEmpty() ? "" : "******") + "]";
		}

	}

}
