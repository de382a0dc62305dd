package io.suretyhub.seal.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import io.suretyhub.seal.KeyType;
import io.suretyhub.seal.SigningKeys;

/**
 * Hosted keys in a PKCS#12 key store file ({@code hosted-keys.p12}) in the seal data directory.
 * Keys are made in memory, written to the store at once (atomically), and used through
 * {@link Signature}; loaded private keys are cached.
 */
class KeyStoreSigningKeys implements SigningKeys {

	static final String FILE = "hosted-keys.p12";

	private final SealDataDirectory directory;

	private final KeyStore store;

	private final Map<String, PrivateKey> loaded = new ConcurrentHashMap<>();

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
	public synchronized List<X509Certificate> generate(String alias, KeyType type,
			Function<PublicKey, List<X509Certificate>> certify) {
		try {
			if (store.containsAlias(alias)) {
				throw new IllegalArgumentException("A key already exists under " + alias);
			}
			KeyPair pair = keyPair(type);
			List<X509Certificate> chain = certify.apply(pair.getPublic());
			store.setKeyEntry(alias, pair.getPrivate(), directory.password(), chain.toArray(Certificate[]::new));
			var out = new ByteArrayOutputStream();
			store.store(out, directory.password());
			directory.writePrivate(FILE, out.toByteArray());
			loaded.put(alias, pair.getPrivate());
			return chain;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot make a hosted key", ex);
		}
	}

	/** ECDSA through BouncyCastle (faster than the JDK 17 one), other algorithms through the JDK. */
	@Override
	public byte[] sign(String alias, String algorithm, byte[] data) {
		try {
			var signature = algorithm.endsWith("withECDSA") ? Signature.getInstance(algorithm, CertificateInspector.BC)
					: Signature.getInstance(algorithm);
			signature.initSign(privateKey(alias));
			signature.update(data);
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Hosted key " + alias + " cannot sign", ex);
		}
	}

	@Override
	public synchronized boolean contains(String alias) {
		try {
			return store.containsAlias(alias);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private PrivateKey privateKey(String alias) {
		return loaded.computeIfAbsent(alias, this::load);
	}

	private synchronized PrivateKey load(String alias) {
		try {
			if (!store.isKeyEntry(alias)) {
				throw new NoSuchElementException("No hosted key " + alias);
			}
			return (PrivateKey) store.getKey(alias, directory.password());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot read hosted key " + alias, ex);
		}
	}

	private static KeyPair keyPair(KeyType type) throws GeneralSecurityException {
		var generator = KeyPairGenerator.getInstance(type.algorithm());
		if (type.curve() != null) {
			generator.initialize(new ECGenParameterSpec(type.curve()));
		}
		else {
			generator.initialize(type.size());
		}
		return generator.generateKeyPair();
	}

}
