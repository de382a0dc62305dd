package io.suretyhub.testing;

import java.security.MessageDigest;
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
 * What an insurer's own system does in remote signing, written with plain BouncyCastle and nothing
 * of the platform: given the document digest, make a detached CMS (PAdES baseline-B attributes)
 * with a private key the platform never sees.
 */
public final class InsurerSystem {

	private InsurerSystem() {
	}

	public static byte[] sign(byte[] documentDigest, TestCertificates.TestKey key) {
		try {
			byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
			var signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
					new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { new ESSCertIDv2(certificateHash) })));
			CMSAttributeTableGenerator attributes = parameters -> {
				Map<Object, Object> withDigest = new HashMap<>(parameters);
				withDigest.put(CMSAttributeTableGenerator.DIGEST, documentDigest.clone());
				AttributeTable table = new DefaultSignedAttributeTableGenerator(new AttributeTable(signingCertificate))
					.getAttributes(withDigest);
				return table.remove(CMSAttributes.signingTime);
			};
			var signer = new JcaContentSignerBuilder(key.signatureAlgorithm()).build(key.privateKey());
			var info = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
				.setSignedAttributeGenerator(attributes)
				.build(signer, key.certificate());
			var generator = new CMSSignedDataGenerator();
			generator.addSignerInfoGenerator(info);
			generator.addCertificates(new JcaCertStore(List.of(key.certificate())));
			return generator.generate(new CMSAbsentContent(), false).getEncoded();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
