package io.suretyhub.payout;

/**
 * The obligation subject types this module opens, each with the case id: {@code payment-notice} (R-CLM-2,
 * owed by the insurer's branch), {@code payout-excess} (R-CLM-3), {@code payout-replacement} (R-CLM-6) and
 * {@code payout-reimbursement} (R-CLM-7), owed by the contractor.
 */
public final class PayoutSubjects {

	public static final String NOTICE = "payment-notice";

	public static final String EXCESS = "payout-excess";

	public static final String REPLACEMENT = "payout-replacement";

	public static final String REIMBURSEMENT = "payout-reimbursement";

	private PayoutSubjects() {
	}

}
