package io.suretyhub.seal.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.suretyhub.seal.CertificateRefused;
import io.suretyhub.seal.CertificateRefused.Reason;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * Reads an uploaded certificate (PEM or DER, optionally followed by its chain) and checks it can
 * seal e-policies: inside its validity window, key usage digitalSignature or nonRepudiation, not a
 * CA, and an RSA key of at least 2048 bits or an EC key on P-256, P-384 or SM2.
 */
final class CertificateInspector {

	static final BouncyCastleProvider BC = new BouncyCastleProvider();

	private static final Map<ASN1ObjectIdentifier, String> CURVES = Map.of(SECObjectIdentifiers.secp256r1, "EC P-256",
			SECObjectIdentifiers.secp384r1, "EC P-384", GMObjectIdentifiers.sm2p256v1, "SM2");

	private CertificateInspector() {
	}

	/** The certificate and chain, checked at {@code now}. */
	static Inspected inspect(byte[] upload, Instant now) {
		List<X509Certificate> chain = parse(upload);
		X509Certificate certificate = chain.get(0);
		Instant notBefore = certificate.getNotBefore().toInstant();
		Instant notAfter = certificate.getNotAfter().toInstant();
		if (now.isAfter(notAfter)) {
			throw new CertificateRefused(Reason.EXPIRED, notAfter.toString());
		}
		if (now.isBefore(notBefore)) {
			throw new CertificateRefused(Reason.NOT_YET_VALID, notBefore.toString());
		}
		boolean[] usage = certificate.getKeyUsage();
		if (usage == null) {
			throw new CertificateRefused(Reason.KEY_USAGE_MISSING);
		}
		if (!(usage[0] || usage.length > 1 && usage[1])) {
			throw new CertificateRefused(Reason.KEY_USAGE_NOT_FOR_SIGNING);
		}
		if (certificate.getBasicConstraints() >= 0) {
			throw new CertificateRefused(Reason.CA_CERTIFICATE);
		}
		return new Inspected(chain, keyType(certificate), fingerprint(certificate));
	}

	/** Lower-case hex SHA-256 of the certificate's DER encoding. */
	static String fingerprint(X509Certificate certificate) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
		}
		catch (NoSuchAlgorithmException | CertificateEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static List<X509Certificate> parse(byte[] upload) {
		if (upload == null || upload.length == 0) {
			throw new CertificateRefused(Reason.UNREADABLE);
		}
		if (new String(upload, StandardCharsets.ISO_8859_1).contains("PRIVATE KEY")) {
			throw new CertificateRefused(Reason.PRIVATE_KEY_INCLUDED);
		}
		try {
			List<X509Certificate> chain = chainOf(upload);
			if (!chain.isEmpty()) {
				return chain;
			}
		}
		catch (CertificateException | RuntimeException ex) {
			// reported below as unreadable
		}
		throw new CertificateRefused(Reason.UNREADABLE);
	}

	/** The certificates in {@code encoded} (PEM or concatenated DER), in order. */
	static List<X509Certificate> chainOf(byte[] encoded) throws CertificateException {
		var factory = CertificateFactory.getInstance("X.509", BC);
		List<X509Certificate> chain = new ArrayList<>();
		factory.generateCertificates(new ByteArrayInputStream(encoded)).forEach(c -> chain.add((X509Certificate) c));
		return chain;
	}

	private static String keyType(X509Certificate certificate) {
		var info = SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded());
		ASN1ObjectIdentifier algorithm = info.getAlgorithm().getAlgorithm();
		if (PKCSObjectIdentifiers.rsaEncryption.equals(algorithm)) {
			int bits = ((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength();
			if (bits < 2048) {
				throw new CertificateRefused(Reason.RSA_KEY_TOO_SHORT, bits);
			}
			return "RSA " + bits;
		}
		if (X9ObjectIdentifiers.id_ecPublicKey.equals(algorithm)) {
			var parameters = info.getAlgorithm().getParameters();
			String curve = parameters instanceof ASN1ObjectIdentifier oid ? CURVES.get(oid) : null;
			if (curve == null) {
				throw new CertificateRefused(Reason.EC_CURVE_UNSUPPORTED, String.valueOf(parameters));
			}
			return curve;
		}
		throw new CertificateRefused(Reason.KEY_TYPE_UNSUPPORTED, algorithm.getId());
	}

	/** A checked certificate with its chain, key type and fingerprint. */
	record Inspected(List<X509Certificate> chain, String keyType, String fingerprint) {
	}

}
