package io.suretyhub.document.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import io.suretyhub.document.SigningRefused;
import io.suretyhub.document.SigningRefused.Reason;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.DefaultCMSSignatureAlgorithmNameGenerator;
import org.bouncycastle.cms.SignerInformationVerifier;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.DefaultSignatureAlgorithmIdentifierFinder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * CMS signatures as PAdES baseline-B wants them: detached SignedData over SHA-256 with the signed
 * attributes content-type, message-digest and signing-certificate-v2, and no signing-time (the
 * signature dictionary's {@code /M} carries the claimed time).
 */
final class CmsSignatures {

	static final BouncyCastleProvider BC = new BouncyCastleProvider();

	private static final DigestCalculatorProvider JDK_DIGESTS = jdkDigests();

	private CmsSignatures() {
	}

	/** Signs {@code content} with whatever {@code sign} does to the DER of the signed attributes. */
	static byte[] sign(byte[] content, List<X509Certificate> chain, String algorithm, UnaryOperator<byte[]> sign) {
		try {
			X509Certificate certificate = chain.get(0);
			var signer = new CallbackSigner(algorithm, sign);
			var attributes = new AttributeTable(signingCertificateV2(certificate));
			CMSAttributeTableGenerator withoutTime = parameters -> new DefaultSignedAttributeTableGenerator(attributes)
				.getAttributes(parameters)
				.remove(CMSAttributes.signingTime);
			var info = new JcaSignerInfoGeneratorBuilder(JDK_DIGESTS)
				.setSignedAttributeGenerator(withoutTime)
				.build(signer, certificate);
			var generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(info);
			generator.addCertificates(new JcaCertStore(chain));
			return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot make the CMS signature", ex);
		}
	}

	/** The signing-certificate-v2 attribute (RFC 5035) naming {@code certificate} by its SHA-256 hash. */
	static Attribute signingCertificateV2(X509Certificate certificate) throws Exception {
		byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
		var id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash);
		return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
				new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { id })));
	}

	/**
	 * Checks a detached CMS signature over {@code content}: one signer with its certificate, SHA-256,
	 * a message-digest equal to the content's digest, a signing-certificate-v2 attribute naming the
	 * signer's certificate, and a signature value that verifies.
	 * @return the signer's certificate
	 * @throws SigningRefused with the reason it fails
	 */
	static X509Certificate check(byte[] cms, byte[] content) {
		CMSSignedData data;
		try {
			data = new CMSSignedData(new CMSProcessableByteArray(content), cms);
		}
		catch (CMSException | RuntimeException ex) {
			throw new SigningRefused(Reason.CMS_UNREADABLE);
		}
		var signers = data.getSignerInfos().getSigners();
		if (signers.size() != 1) {
			throw new SigningRefused(Reason.CMS_MALFORMED);
		}
		SignerInformation signer = signers.iterator().next();
		@SuppressWarnings("unchecked")
		var matches = data.getCertificates().getMatches(signer.getSID());
		if (matches.isEmpty()) {
			throw new SigningRefused(Reason.CMS_MALFORMED);
		}
		var holder = (X509CertificateHolder) matches.iterator().next();
		if (!NISTObjectIdentifiers.id_sha256.equals(signer.getDigestAlgorithmID().getAlgorithm())) {
			throw new SigningRefused(Reason.DIGEST_ALGORITHM);
		}
		var signed = signer.getSignedAttributes();
		Attribute digest = signed == null ? null : signed.get(CMSAttributes.messageDigest);
		if (digest == null || !Arrays.equals(ASN1OctetString.getInstance(digest.getAttrValues().getObjectAt(0)).getOctets(),
				PreparedPdf.sha256(content))) {
			throw new SigningRefused(Reason.DIGEST_MISMATCH);
		}
		X509Certificate certificate = certificate(holder);
		if (!namesCertificate(signed.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2), certificate)) {
			throw new SigningRefused(Reason.SIGNING_CERTIFICATE_ATTRIBUTE);
		}
		try {
			if (!signer.verify(verifier(holder))) {
				throw new SigningRefused(Reason.SIGNATURE_INVALID);
			}
		}
		catch (Exception ex) {
			if (ex instanceof SigningRefused refused) {
				throw refused;
			}
			throw new SigningRefused(Reason.SIGNATURE_INVALID);
		}
		return certificate;
	}

	/**
	 * Verifies with BouncyCastle (its ECDSA is several times faster than the JDK 17 one, and it knows
	 * SM2) but digests with the JDK, whose SHA-256 uses the processor's SHA instructions.
	 */
	private static SignerInformationVerifier verifier(X509CertificateHolder holder) throws Exception {
		return new SignerInformationVerifier(new DefaultCMSSignatureAlgorithmNameGenerator(),
				new DefaultSignatureAlgorithmIdentifierFinder(),
				new JcaContentVerifierProviderBuilder().setProvider(BC).build(holder), JDK_DIGESTS);
	}

	private static boolean namesCertificate(Attribute attribute, X509Certificate certificate) {
		if (attribute == null) {
			return false;
		}
		try {
			var v2 = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0));
			ESSCertIDv2 first = v2.getCerts()[0];
			var algorithm = first.getHashAlgorithm().getAlgorithm();
			String name = NISTObjectIdentifiers.id_sha512.equals(algorithm) ? "SHA-512"
					: NISTObjectIdentifiers.id_sha384.equals(algorithm) ? "SHA-384" : "SHA-256";
			return Arrays.equals(first.getCertHash(), MessageDigest.getInstance(name).digest(certificate.getEncoded()));
		}
		catch (Exception ex) {
			return false;
		}
	}

	static X509Certificate certificate(X509CertificateHolder holder) {
		try {
			return new JcaX509CertificateConverter().setProvider(BC).getCertificate(holder);
		}
		catch (CertificateException ex) {
			throw new SigningRefused(Reason.CMS_MALFORMED);
		}
	}

	private static DigestCalculatorProvider jdkDigests() {
		try {
			return new JcaDigestCalculatorProviderBuilder().build();
		}
		catch (OperatorCreationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A BouncyCastle content signer whose signature comes from a callback (a key store, an HSM, a test key). */
	private static final class CallbackSigner implements ContentSigner {

		private final AlgorithmIdentifier algorithm;

		private final UnaryOperator<byte[]> sign;

		private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

		CallbackSigner(String algorithm, UnaryOperator<byte[]> sign) {
			this.algorithm = new DefaultSignatureAlgorithmIdentifierFinder().find(algorithm);
			this.sign = sign;
		}

		@Override
		public AlgorithmIdentifier getAlgorithmIdentifier() {
			return algorithm;
		}

		@Override
		public OutputStream getOutputStream() {
			return buffer;
		}

		@Override
		public byte[] getSignature() {
			return sign.apply(buffer.toByteArray());
		}

	}

}
