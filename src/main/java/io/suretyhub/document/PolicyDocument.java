package io.suretyhub.document;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;

/**
 * Everything a wage-guarantee policy shows (R-POL-4, Attachment 1). The insured is always "the
 * migrant workers the policyholder lawfully employs"; the three special terms and the 48-hour
 * notice are the unified wording and cannot be changed (R-INS-5).
 *
 * @param number the policy number ({@link PolicyNumbers})
 * @param verificationCode the verification code ({@link PolicyNumbers#newVerificationCode()})
 * @param insurerId the insurer organisation that signs it
 * @param insurerName the insurer's name, drawn in its seal
 * @param area the project's prefecture or county
 * @param policyholder the policyholder
 * @param project the project
 * @param counterGuarantee the counter-guarantee, or {@code null} when there is none
 * @param sumInsured sum insured
 * @param premium premium
 * @param deductible deductible rate and amount
 * @param periodStart first day of cover (from 00:00)
 * @param periodEnd last day of cover (until 24:00)
 * @param paymentForm how the premium was paid
 * @param paymentDate when it was paid
 * @param disputeResolution how disputes are settled
 * @param coInsuredAuthority the project's local labour authority, co-insured (special term 2)
 * @param placeOfIssue where it is issued (签单地点)
 * @param dateOfIssue when it is issued (签单日期)
 * @param underwriter who underwrote it (核保)
 * @param preparer who prepared it (制单)
 */
public record PolicyDocument(String number, String verificationCode, long insurerId, String insurerName,
		AreaCode area, Policyholder policyholder, ConstructionProject project, CounterGuarantee counterGuarantee,
		Money sumInsured, Money premium, Deductible deductible, LocalDate periodStart, LocalDate periodEnd,
		PaymentForm paymentForm, LocalDate paymentDate, DisputeResolution disputeResolution,
		String coInsuredAuthority, String placeOfIssue, LocalDate dateOfIssue, String underwriter, String preparer) {

	public PolicyDocument {
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(verificationCode, "verificationCode");
		Objects.requireNonNull(insurerName, "insurerName");
		Objects.requireNonNull(area, "area");
		Objects.requireNonNull(policyholder, "policyholder");
		Objects.requireNonNull(project, "project");
		Objects.requireNonNull(sumInsured, "sumInsured");
		Objects.requireNonNull(premium, "premium");
		Objects.requireNonNull(deductible, "deductible");
		Objects.requireNonNull(paymentForm, "paymentForm");
		Objects.requireNonNull(paymentDate, "paymentDate");
		Objects.requireNonNull(disputeResolution, "disputeResolution");
		Objects.requireNonNull(coInsuredAuthority, "coInsuredAuthority");
		Objects.requireNonNull(placeOfIssue, "placeOfIssue");
		Objects.requireNonNull(dateOfIssue, "dateOfIssue");
		Objects.requireNonNull(underwriter, "underwriter");
		Objects.requireNonNull(preparer, "preparer");
		if (periodStart.isAfter(periodEnd)) {
			throw new IllegalArgumentException("The policy period ends before it starts");
		}
	}

	/**
	 * A counter-guarantee (反担保), when the insurer took one.
	 *
	 * @param agreementNumber the agreement's number
	 * @param amount the amount
	 * @param formAndScope its form, kind and coverage
	 * @param start first day (from 00:00)
	 * @param end last day (until 24:00)
	 */
	public record CounterGuarantee(String agreementNumber, Money amount, String formAndScope, LocalDate start,
			LocalDate end) {

		public CounterGuarantee {
			Objects.requireNonNull(agreementNumber, "agreementNumber");
			Objects.requireNonNull(amount, "amount");
			Objects.requireNonNull(formAndScope, "formAndScope");
			Objects.requireNonNull(start, "start");
			Objects.requireNonNull(end, "end");
		}

	}

	/**
	 * The deductible (免赔率/免赔额); zero for an on-demand policy unless configured otherwise.
	 *
	 * @param ratePercent the rate in percent
	 * @param amount the amount
	 */
	public record Deductible(BigDecimal ratePercent, Money amount) {

		public static final Deductible NONE = new Deductible(BigDecimal.ZERO, Money.ZERO);

		public Deductible {
			Objects.requireNonNull(ratePercent, "ratePercent");
			Objects.requireNonNull(amount, "amount");
		}

	}

	/**
	 * Dispute resolution (争议处理): a court, or the named arbitration commission.
	 *
	 * @param arbitrationCommission the commission, or {@code null} for litigation
	 */
	public record DisputeResolution(String arbitrationCommission) {

		public static DisputeResolution litigation() {
			return new DisputeResolution(null);
		}

		public static DisputeResolution arbitration(String commission) {
			Objects.requireNonNull(commission, "commission");
			return new DisputeResolution(commission);
		}

		public boolean isArbitration() {
			return arbitrationCommission != null;
		}

	}

}
