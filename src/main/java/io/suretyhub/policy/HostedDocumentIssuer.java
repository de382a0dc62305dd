package io.suretyhub.policy;

import java.time.Clock;
import java.util.Comparator;

import io.suretyhub.document.ConstructionProject;
import io.suretyhub.document.PaymentForm;
import io.suretyhub.document.PolicyDocument;
import io.suretyhub.document.PolicyDocuments;
import io.suretyhub.document.PolicyNumbers;
import io.suretyhub.document.Policyholder;
import io.suretyhub.seal.SealCertificate;
import io.suretyhub.seal.SealCertificates;
import io.suretyhub.shared.RuleViolation;

import org.springframework.stereotype.Component;

/**
 * Issues the e-policy through the document module, signed with the insurer's newest valid hosted seal
 * key (R-POL-4, R-POL-5). A signing failure throws, so the underwriting transaction issues nothing.
 */
@Component
class HostedDocumentIssuer implements PolicyDocumentIssuer {

	private final PolicyNumbers numbers;

	private final PolicyDocuments documents;

	private final SealCertificates seals;

	private final Clock clock;

	HostedDocumentIssuer(PolicyNumbers numbers, PolicyDocuments documents, SealCertificates seals, Clock clock) {
		this.numbers = numbers;
		this.documents = documents;
		this.seals = seals;
		this.clock = clock;
	}

	@Override
	public SignedPolicy issue(Content c) {
		SealCertificate seal = seals.listByInsurer(c.insurerId())
			.stream()
			.filter(SealCertificate::hosted)
			.filter(s -> s.standingAt(clock.instant()) == SealCertificate.Standing.VALID)
			.max(Comparator.comparingLong(SealCertificate::id))
			.orElseThrow(() -> new RuleViolation("R-POL-5", "policy.issue.noHostedSeal", c.insurerName()));
		String number = numbers.next(c.area(), c.dateOfIssue().getYear(), c.insurerId());
		String code = numbers.newVerificationCode();
		documents.issueHosted(document(number, code, c), seal.id());
		return new SignedPolicy(number, code);
	}

	static PolicyDocument document(String number, String code, Content c) {
		var counter = c.counterGuarantee() == null ? null
				: new PolicyDocument.CounterGuarantee(c.counterGuarantee().agreementNumber(),
						c.counterGuarantee().amount(), c.counterGuarantee().formAndScope(),
						c.counterGuarantee().start(), c.counterGuarantee().end());
		return new PolicyDocument(number, code, c.insurerId(), c.insurerName(), c.area(),
				new Policyholder(c.policyholderName(), c.policyholderCreditCode(), c.policyholderAddress()),
				new ConstructionProject(c.projectName(), c.projectTotalCost(), c.projectStart(), c.projectEnd(),
						c.projectAddress()),
				counter, c.sumInsured(), c.premium(), PolicyDocument.Deductible.NONE, c.periodStart(), c.periodEnd(),
				PaymentForm.TRANSFER, c.dateOfIssue(), PolicyDocument.DisputeResolution.litigation(),
				c.coInsuredAuthority(), c.placeOfIssue(), c.dateOfIssue(), c.underwriter(), c.underwriter());
	}

}
