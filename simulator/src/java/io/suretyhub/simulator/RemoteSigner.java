package io.suretyhub.simulator;

import java.io.FileInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAbsentContent;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * The insurer's own seal key (a PKCS#12 key store the platform never sees) and the detached CMS the remote
 * signing step asks for (docs/open-api.md, "Remote signing"): one signer, SHA-256, signed attributes
 * content-type, message-digest = the digest given and signing-certificate-v2, no signing-time.
 */
public final class RemoteSigner {

	private final PrivateKey key;

	private final X509Certificate certificate;

	public RemoteSigner(PrivateKey key, X509Certificate certificate) {
		this.key = key;
		this.certificate = certificate;
	}

	/** The first key entry of a PKCS#12 key store. */
	public static RemoteSigner load(String path, String password) throws IOException, GeneralSecurityException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (var in = new FileInputStream(path)) {
			store.load(in, password.toCharArray());
		}
		for (String alias : java.util.Collections.list(store.aliases())) {
			if (store.isKeyEntry(alias)) {
				return new RemoteSigner((PrivateKey) store.getKey(alias, password.toCharArray()),
						(X509Certificate) store.getCertificate(alias));
			}
		}
		throw new GeneralSecurityException("no key entry in " + path);
	}

	/** Base64 of the DER detached CMS SignedData over the document digest. */
	public String sign(byte[] digest) {
		try {
			byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
			var signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
					new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { new ESSCertIDv2(certificateHash) })));
			CMSAttributeTableGenerator attributes = parameters -> {
				Map<Object, Object> withDigest = new HashMap<>(parameters);
				withDigest.put(CMSAttributeTableGenerator.DIGEST, digest.clone());
				AttributeTable table = new DefaultSignedAttributeTableGenerator(new AttributeTable(signingCertificate))
					.getAttributes(withDigest);
				return table.remove(CMSAttributes.signingTime);
			};
			String algorithm = "RSA".equals(certificate.getPublicKey().getAlgorithm()) ? "SHA256withRSA" : "SHA256withECDSA";
			var info = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
				.setSignedAttributeGenerator(attributes)
				.build(new JcaContentSignerBuilder(algorithm).build(key), certificate);
			var generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(info);
			generator.addCertificates(new JcaCertStore(List.of(certificate)));
			return Base64.getEncoder().encodeToString(generator.generate(new CMSAbsentContent(), false).getEncoded());
		}
		catch (Exception ex) {
			throw new IllegalStateException("signing failed", ex);
		}
	}

}
