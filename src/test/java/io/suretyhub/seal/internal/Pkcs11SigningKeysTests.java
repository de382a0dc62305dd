package io.suretyhub.seal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.KeyStore;
import java.security.Security;
import java.security.Signature;
import java.time.Duration;
import java.util.NoSuchElementException;

import io.suretyhub.seal.KeyType;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.SoftHsm;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("R-POL-5: hosted keys in a PKCS#11 token (SoftHSM2) are made and used inside it and survive a restart")
class Pkcs11SigningKeysTests {

	SoftHsm.Token token;

	@TempDir
	Path directory;

	final MutableClock clock = MutableClock.at("2026-11-23T09:00:00");

	@BeforeEach
	void token() {
		token = SoftHsm.token();
	}

	@Test
	void aTokenKeySignsWithItsCertificateAfterARestartAndNeverLeavesTheToken() throws Exception {
		var ca = new DemoCertificateAuthority(new SealDataDirectory(settings(token.pin())), clock);
		var keys = new Pkcs11SigningKeys(settings(token.pin()).pkcs11());
		var chain = keys.generate("seal-p11-ec", KeyType.EC_P256, key -> ca.issue(key, "新疆保险公司", Duration.ofDays(730)));
		keys.generate("seal-p11-rsa", KeyType.RSA_2048, key -> ca.issue(key, "新疆保险公司", Duration.ofDays(730)));

		var reopened = new Pkcs11SigningKeys(settings(token.pin()).pkcs11());
		assertThat(verifies(chain.get(0), "SHA256withECDSA", reopened.sign("seal-p11-ec", "SHA256withECDSA", "保单".getBytes())))
			.isTrue();
		assertThat(reopened.contains("seal-p11-rsa")).isTrue();
		assertThat(reopened.contains("seal-p11-none")).isFalse();
		chain.get(0).verify(ca.certificate().getPublicKey());

		var direct = KeyStore.getInstance("PKCS11", Security.getProvider("SunPKCS11")
			.configure("--name = check\nlibrary = " + token.library() + "\nslot = " + token.slot() + "\n"));
		direct.load(null, token.pin().toCharArray());
		assertThat(direct.getKey("seal-p11-ec", null).getEncoded()).as("the private key cannot be read out").isNull();
		assertThat(direct.getCertificateChain("seal-p11-rsa")).hasSize(2);
	}

	@Test
	void refusesWhatItCannotDoWithAReason() {
		var keys = new Pkcs11SigningKeys(settings(token.pin()).pkcs11());
		assertThatThrownBy(() -> keys.sign("seal-p11-missing", "SHA256withECDSA", new byte[1]))
			.isInstanceOf(NoSuchElementException.class);
		assertThatThrownBy(() -> new Pkcs11SigningKeys(new SealSettings.Pkcs11(token.library(), 99_999, token.pin())))
			.isInstanceOf(IllegalStateException.class).hasMessageContaining("Cannot open the PKCS#11 token");
		assertThatThrownBy(() -> new Pkcs11SigningKeys(new SealSettings.Pkcs11("/nowhere/libpkcs11.so", -1, "1")))
			.hasMessageContaining("suretyhub.seal.pkcs11.library");
		assertThatThrownBy(() -> new Pkcs11SigningKeys(new SealSettings.Pkcs11(token.library(), -1, "")))
			.hasMessageContaining("SURETYHUB_SEAL_PKCS11_PIN");
		assertThatThrownBy(() -> new SealSettings("", "", true, Duration.ofDays(1), "hsm", null))
			.hasMessageContaining("pkcs12 or pkcs11");
	}

	private SealSettings settings(String pin) {
		return new SealSettings(directory.toString(), "", true, Duration.ofDays(730), "pkcs11",
				new SealSettings.Pkcs11(token.library(), token.slot(), pin));
	}

	private static boolean verifies(java.security.cert.X509Certificate certificate, String algorithm, byte[] signature)
			throws Exception {
		var verifier = Signature.getInstance(algorithm);
		verifier.initVerify(certificate);
		verifier.update("保单".getBytes());
		return verifier.verify(signature);
	}

}
