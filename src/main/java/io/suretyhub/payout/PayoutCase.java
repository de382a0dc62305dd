package io.suretyhub.payout;

import java.time.Instant;
import java.time.LocalDate;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;

/**
 * An arrears case from decision to recourse, as the viewer may see it. Fields after {@code status} are
 * {@code null} until the step that sets them.
 *
 * @param insurerShare what the insurer owes (R-CLM-2/3)
 * @param contractorShare the excess the contractor owes (R-CLM-3)
 * @param insurerPaid what the insurer has paid so far
 * @param reimbursed what the contractor has reimbursed the insurer (R-CLM-7)
 * @param recourseOutstanding the open recourse case's amount, or {@code null} when none opened
 * @param documentSha256 SHA-256 of the payment notice PDF
 */
public record PayoutCase(long id, long projectId, long contractorId, AreaCode area, String decisionNumber,
		LocalDate decisionDate, LocalDate paymentDeadline, Money decisionAmount, int decisionWorkers, CaseStatus status,
		Instant unpaidRecordedAt, Long policyId, Long insurerId, Long branchId, String noticeNumber,
		Instant noticeIssuedAt, Money noticeTotal, Money insurerShare, Money contractorShare, Money insurerPaid,
		Instant excessPaidAt, String replacementKind, Instant replacementAt, Money reimbursed, Instant firstPaidAt,
		Money recourseOutstanding, String documentSha256) {

	/** What the insurer may still pay under the notice. */
	public Money insurerOutstanding() {
		return insurerShare == null ? Money.ZERO : insurerShare.minus(insurerPaid);
	}

	/** What the contractor still owes the insurer. */
	public Money reimbursementOutstanding() {
		return insurerPaid.minus(reimbursed);
	}

}
