package io.suretyhub.seal.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Hosted keys in a JCA {@link KeyStore}: a key pair is made by {@link #generator}, stored with the chain its
 * certificate authority issues, and used through {@link #signature}; handles to loaded private keys are cached.
 * The subclasses say where the store lives (a PKCS#12 file, a PKCS#11 token).
 */
abstract class StoredSigningKeys implements SigningKeys {

	private final Map<String, PrivateKey> loaded = new ConcurrentHashMap<>();

	/** The open store. */
	protected abstract KeyStore store();

	/** The password protecting each key in the store, or {@code null}. */
	protected abstract char[] keyPassword();

	protected abstract KeyPairGenerator generator(String algorithm) throws GeneralSecurityException;

	protected abstract Signature signature(String algorithm) throws GeneralSecurityException;

	/** Called after a key was added to the store, to persist it where the store does not do so itself. */
	protected abstract void added() throws IOException, GeneralSecurityException;

	@Override
	public synchronized List<X509Certificate> generate(String alias, KeyType type,
			Function<PublicKey, List<X509Certificate>> certify) {
		try {
			if (store().containsAlias(alias)) {
				throw new IllegalArgumentException("A key already exists under " + alias);
			}
			var generator = generator(type.algorithm());
			if (type.curve() != null) {
				generator.initialize(new ECGenParameterSpec(type.curve()));
			}
			else {
				generator.initialize(type.size());
			}
			KeyPair pair = generator.generateKeyPair();
			List<X509Certificate> chain = certify.apply(pair.getPublic());
			store().setKeyEntry(alias, pair.getPrivate(), keyPassword(), chain.toArray(Certificate[]::new));
			added();
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

	@Override
	public byte[] sign(String alias, String algorithm, byte[] data) {
		try {
			var signature = signature(algorithm);
			signature.initSign(loaded.computeIfAbsent(alias, this::load));
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
			return store().containsAlias(alias);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private synchronized PrivateKey load(String alias) {
		try {
			if (!store().isKeyEntry(alias)) {
				throw new NoSuchElementException("No hosted key " + alias);
			}
			return (PrivateKey) store().getKey(alias, keyPassword());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot read hosted key " + alias, ex);
		}
	}

}
