package io.suretyhub.seal;

/** Kinds of key the platform can make and hold, with the JCA names to make and use them. */
public enum KeyType {

	EC_P256("EC", "secp256r1", 256, "SHA256withECDSA"),
	EC_P384("EC", "secp384r1", 384, "SHA256withECDSA"),
	RSA_2048("RSA", null, 2048, "SHA256withRSA"),
	RSA_3072("RSA", null, 3072, "SHA256withRSA");

	private final String algorithm;

	private final String curve;

	private final int size;

	private final String signatureAlgorithm;

	KeyType(String algorithm, String curve, int size, String signatureAlgorithm) {
		this.algorithm = algorithm;
		this.curve = curve;
		this.size = size;
		this.signatureAlgorithm = signatureAlgorithm;
	}

	/** The JCA key algorithm, {@code EC} or {@code RSA}. */
	public String algorithm() {
		return algorithm;
	}

	/** The named curve for EC keys, else {@code null}. */
	public String curve() {
		return curve;
	}

	/** Key size in bits. */
	public int size() {
		return size;
	}

	/** The JCA signature algorithm a seal signature with this key uses (always over SHA-256). */
	public String signatureAlgorithm() {
		return signatureAlgorithm;
	}

}
