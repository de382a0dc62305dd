package io.suretyhub.payout;

import java.time.Instant;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;

/**
 * The insurer paid a worker under a payment notice (R-CLM-2, R-CLM-5). Published once per bank reference
 * (a repeated recording publishes nothing). Carries no personal data. Fields are stable for listeners.
 *
 * @param caseId the arrears case
 * @param paymentId the recorded payment
 * @param amount the amount paid
 * @param policyId the policy it was paid under (its remaining sum insured went down by {@code amount})
 * @param insurerId the insurer (head organisation)
 * @param branchId the paying branch
 * @param area the project's area
 * @param paidAt when the bank paid
 */
public record WorkerPaid(long caseId, long paymentId, Money amount, long policyId, long insurerId, long branchId,
		AreaCode area, Instant paidAt) {
}
