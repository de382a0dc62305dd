package io.suretyhub.document.internal;

import java.time.Clock;
import java.util.List;

import io.suretyhub.document.PolicyDocument;
import io.suretyhub.seal.SealCertificate;
import io.suretyhub.seal.SigningKeys;

import org.springframework.context.ApplicationContext;

/**
 * B1's reference: the raw render + sign of one policy with the platform's own parts (layout, PAdES
 * preparation, CMS with the hosted key, embedding), nothing stored, nothing checked.
 */
public final class RawIssuance {

	private final PolicyLayout layout;

	private final PadesPreparer preparer;

	private final SigningKeys keys;

	private final Clock clock;

	public RawIssuance(ApplicationContext context) {
		this.layout = context.getBean(PolicyLayout.class);
		this.preparer = context.getBean(PadesPreparer.class);
		this.keys = context.getBean(SigningKeys.class);
		this.clock = context.getBean(Clock.class);
	}

	/** The signed PDF. */
	public byte[] issue(PolicyDocument policy, SealCertificate certificate) {
		PreparedPdf prepared = preparer.prepare(layout.draw(policy), policy.insurerName(), clock.instant());
		List<java.security.cert.X509Certificate> chain = certificate.chain();
		byte[] cms = CmsSignatures.sign(prepared.signedContent(), chain, "SHA256withECDSA",
				data -> keys.sign(certificate.keyAlias(), "SHA256withECDSA", data));
		return prepared.embed(cms);
	}

}
