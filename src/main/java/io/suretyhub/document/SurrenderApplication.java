package io.suretyhub.document;

import java.time.LocalDate;
import java.util.Objects;

import io.suretyhub.shared.Money;

/**
 * The surrender application (退保申请书, Attachment 4, R-POL-7).
 *
 * @param policyNumber the policy to surrender
 * @param policyholder the applicant
 * @param project the project
 * @param sumInsured the policy's sum insured
 * @param periodStart first day of cover
 * @param periodEnd last day of cover
 * @param paymentForm how the premium was paid
 * @param paymentDate when
 * @param reason why the policyholder surrenders
 * @param appliedOn the application's date
 * @param opinion the local authority's opinion, or {@code null} while undecided
 */
public record SurrenderApplication(String policyNumber, Policyholder policyholder, ConstructionProject project,
		Money sumInsured, LocalDate periodStart, LocalDate periodEnd, PaymentForm paymentForm, LocalDate paymentDate,
		String reason, LocalDate appliedOn, AuthorityOpinion opinion) {

	public SurrenderApplication {
		Objects.requireNonNull(policyNumber, "policyNumber");
		Objects.requireNonNull(policyholder, "policyholder");
		Objects.requireNonNull(project, "project");
		Objects.requireNonNull(sumInsured, "sumInsured");
		Objects.requireNonNull(periodStart, "periodStart");
		Objects.requireNonNull(periodEnd, "periodEnd");
		Objects.requireNonNull(paymentForm, "paymentForm");
		Objects.requireNonNull(paymentDate, "paymentDate");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(appliedOn, "appliedOn");
	}

	/**
	 * A local labour authority's opinion on a surrender application or its instruction in a payment notice.
	 *
	 * @param text the opinion (for a payment notice: {@code null} for the unified wording)
	 * @param authority the authority's name
	 * @param head its responsible officer (负责人)
	 * @param handler the officer handling it (经办人)
	 * @param phone contact phone
	 * @param date the date
	 */
	public record AuthorityOpinion(String text, String authority, String head, String handler, String phone,
			LocalDate date) {

		public AuthorityOpinion {
			Objects.requireNonNull(authority, "authority");
			Objects.requireNonNull(date, "date");
		}

	}

}
