package io.suretyhub.seal.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;

/**
 * Hosted keys in a PKCS#11 token (an HSM; SoftHSM2 in tests) through the JDK's SunPKCS11 provider. A key pair is
 * generated inside the token and its private half is sensitive (it never leaves the token: its encoded form is
 * {@code null}); storing it with its certificate chain makes it a token object that survives restarts. Signing
 * happens in the token.
 */
class Pkcs11SigningKeys extends StoredSigningKeys {

	private final Provider provider;

	private final KeyStore token;

	Pkcs11SigningKeys(SealSettings.Pkcs11 settings) {
		if (settings.library().isBlank() || !Files.isReadable(Path.of(settings.library()))) {
			throw new IllegalStateException("suretyhub.seal.key-store=pkcs11 needs suretyhub.seal.pkcs11.library, "
					+ "the token's PKCS#11 module; not readable: '" + settings.library() + "'");
		}
		if (settings.pin().isBlank()) {
			throw new IllegalStateException("suretyhub.seal.key-store=pkcs11 needs suretyhub.seal.pkcs11.pin "
					+ "(env SURETYHUB_SEAL_PKCS11_PIN), the token's user PIN");
		}
		String slot = settings.slot() < 0 ? "slotListIndex = 0" : "slot = " + settings.slot();
		try {
			this.provider = Security.getProvider("SunPKCS11")
				.configure("--name = suretyhub\nlibrary = " + settings.library() + "\n" + slot + "\n");
			this.token = KeyStore.getInstance("PKCS11", provider);
			token.load(null, settings.pin().toCharArray());
		}
		catch (IOException | GeneralSecurityException | RuntimeException ex) {
			throw new IllegalStateException("Cannot open the PKCS#11 token (" + settings.library() + ", " + slot + ")",
					ex);
		}
	}

	@Override
	protected KeyStore store() {
		return token;
	}

	@Override
	protected char[] keyPassword() {
		return null;
	}

	@Override
	protected KeyPairGenerator generator(String algorithm) throws GeneralSecurityException {
		return KeyPairGenerator.getInstance(algorithm, provider);
	}

	@Override
	protected Signature signature(String algorithm) throws GeneralSecurityException {
		return Signature.getInstance(algorithm, provider);
	}

	/** The token keeps what is stored in it. */
	@Override
	protected void added() {
	}

}
