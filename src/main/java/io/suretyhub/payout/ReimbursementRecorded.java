package io.suretyhub.payout;

import java.time.Instant;
import java.time.LocalDate;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;

/**
 * The insurer recorded that the contractor reimbursed it (R-CLM-7). Fields are stable for listeners.
 *
 * @param caseId the arrears case
 * @param amount the amount received
 * @param outstanding what the contractor still owes the insurer on this case
 * @param policyId the policy
 * @param insurerId the insurer (head organisation)
 * @param contractorId the contractor
 * @param area the project's area
 * @param receivedOn the day the money arrived
 * @param recordedAt when it was recorded
 */
public record ReimbursementRecorded(long caseId, Money amount, Money outstanding, long policyId, long insurerId,
		long contractorId, AreaCode area, LocalDate receivedOn, Instant recordedAt) {
}
