package io.suretyhub.seal;

import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.function.Function;

/**
 * Private keys the platform holds for insurers (hosted signing). A private key never leaves the
 * store: it is made inside it and used only through {@link #sign}. The development implementation
 * keeps a PKCS#12 file in the data directory; a PKCS#11 token (HSM) fits the same shape, see
 * {@code docs/signing.md}.
 */
public interface SigningKeys {

	/**
	 * Makes a key pair under {@code alias} and stores it with the certificate chain that
	 * {@code certify} issues for its public key (certificate first).
	 * @return the stored chain
	 */
	List<X509Certificate> generate(String alias, KeyType type, Function<PublicKey, List<X509Certificate>> certify);

	/**
	 * Signs {@code data} with the key under {@code alias}.
	 * @param algorithm a JCA signature algorithm such as {@code SHA256withECDSA}
	 * @throws java.util.NoSuchElementException when there is no key under {@code alias}
	 */
	byte[] sign(String alias, String algorithm, byte[] data);

	boolean contains(String alias);

}
