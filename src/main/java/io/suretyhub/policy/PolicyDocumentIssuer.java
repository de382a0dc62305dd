package io.suretyhub.policy;

import java.time.LocalDate;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.CreditCode;
import io.suretyhub.shared.Money;

/**
 * The port through which underwriting has the e-policy rendered, numbered and signed with the insurer's
 * hosted key (R-POL-4, R-POL-5). Implemented over the document module; without an implementation no
 * policy can be issued (R-POL-5).
 */
public interface PolicyDocumentIssuer {

	/**
	 * Renders, numbers, signs and stores the policy; all or nothing.
	 * @throws io.suretyhub.shared.RuleViolation when it cannot be signed (e.g. no valid certificate on file)
	 */
	SignedPolicy issue(Content content);

	/** The issued document's number and verification code. */
	record SignedPolicy(String number, String verificationCode) {
	}

	/**
	 * What the document shows (Attachment 1).
	 *
	 * @param counterGuarantee {@code null} when there is none
	 */
	record Content(long policyId, long insurerId, String insurerName, AreaCode area, String policyholderName,
			CreditCode policyholderCreditCode, String policyholderAddress, String projectName, Money projectTotalCost,
			LocalDate projectStart, LocalDate projectEnd, String projectAddress, CounterGuarantee counterGuarantee,
			Money sumInsured, Money premium, LocalDate periodStart, LocalDate periodEnd, String coInsuredAuthority,
			String placeOfIssue, LocalDate dateOfIssue, String underwriter) {
	}

}
