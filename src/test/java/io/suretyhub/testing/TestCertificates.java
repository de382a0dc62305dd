package io.suretyhub.testing;

import java.io.StringWriter;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Date;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Key pairs and self-signed certificates made by tests (never by the platform): an insurer's own
 * key that the platform never sees, expired or badly configured certificates for refusal tests.
 */
public final class TestCertificates {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final BouncyCastleProvider BC = new BouncyCastleProvider();

	private TestCertificates() {
	}

	/** A key pair and its certificate. */
	public record TestKey(KeyPair keys, X509Certificate certificate) {

		public PrivateKey privateKey() {
			return keys.getPrivate();
		}

		public String pem() {
			return TestCertificates.pem(certificate);
		}

		public String signatureAlgorithm() {
			return "RSA".equals(keys.getPublic().getAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA";
		}

	}

	/** A seal certificate: EC P-256, digitalSignature + nonRepudiation, valid between the two instants. */
	public static TestKey seal(String name, Instant notBefore, Instant notAfter) {
		return certificate(name, ec("secp256r1"), notBefore, notAfter,
				KeyUsage.digitalSignature | KeyUsage.nonRepudiation, false);
	}

	public static TestKey certificate(String name, KeyPair keys, Instant notBefore, Instant notAfter, int keyUsage,
			boolean ca) {
		try {
			var subject = new X500Name("CN=" + name + ",O=" + name + ",C=CN");
			var builder = new JcaX509v3CertificateBuilder(subject, new BigInteger(64, RANDOM).add(BigInteger.ONE),
					Date.from(notBefore), Date.from(notAfter), subject, keys.getPublic());
			if (keyUsage != 0) {
				builder.addExtension(Extension.keyUsage, true, new KeyUsage(keyUsage));
			}
			if (ca) {
				builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
			}
			String algorithm = "RSA".equals(keys.getPublic().getAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA";
			var signer = new JcaContentSignerBuilder(algorithm).setProvider(BC)
				.build(keys.getPrivate());
			return new TestKey(keys, new JcaX509CertificateConverter().setProvider(BC).getCertificate(builder.build(signer)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static KeyPair ec(String curve) {
		try {
			var generator = curve.startsWith("secp256r1") || curve.startsWith("secp384r1") ? KeyPairGenerator.getInstance("EC") : KeyPairGenerator.getInstance("EC", BC);
			generator.initialize(new ECGenParameterSpec(curve), RANDOM);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static KeyPair rsa(int bits) {
		try {
			var generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(bits, RANDOM);
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String pem(Object object) {
		var out = new StringWriter();
		try (var writer = new JcaPEMWriter(out)) {
			writer.writeObject(object);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		return out.toString();
	}

}
