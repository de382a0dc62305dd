package io.suretyhub.seal.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Signature;

/**
 * Hosted keys in a PKCS#12 key store file ({@code hosted-keys.p12}) in the seal data directory. Keys are made in
 * memory and the store is written at once (atomically, owner-only) after each new key.
 */
class KeyStoreSigningKeys extends StoredSigningKeys {

	static final String FILE = "hosted-keys.p12";

	private final SealDataDirectory directory;

	private final KeyStore store;

	KeyStoreSigningKeys(SealDataDirectory directory) {
		this.directory = directory;
		try {
			this.store = KeyStore.getInstance("PKCS12");
			if (Files.exists(directory.resolve(FILE))) {
				try (var in = Files.newInputStream(directory.resolve(FILE))) {
					store.load(in, directory.password());
				}
			}
			else {
				store.load(null, null);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the hosted key store", ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot open the hosted key store", ex);
		}
	}

	@Override
	protected KeyStore store() {
		return store;
	}

	@Override
	protected char[] keyPassword() {
		return directory.password();
	}

	@Override
	protected KeyPairGenerator generator(String algorithm) throws GeneralSecurityException {
		return KeyPairGenerator.getInstance(algorithm);
	}

	/** ECDSA through BouncyCastle (faster than the JDK 17 one), other algorithms through the JDK. */
	@Override
	protected Signature signature(String algorithm) throws GeneralSecurityException {
		return algorithm.endsWith("withECDSA") ? Signature.getInstance(algorithm, CertificateInspector.BC)
				: Signature.getInstance(algorithm);
	}

	@Override
	protected void added() throws IOException, GeneralSecurityException {
		var out = new ByteArrayOutputStream();
		store.store(out, directory.password());
		directory.writePrivate(FILE, out.toByteArray());
	}

}
