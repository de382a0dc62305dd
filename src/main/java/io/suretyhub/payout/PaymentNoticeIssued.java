package io.suretyhub.payout;

import java.time.Instant;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;

/**
 * A local authority issued a payment notice (R-CLM-1); the insurer's 5-working-day clock started (R-CLM-2).
 * Published once per notice, inside the issuing transaction. Fields are stable for listeners (statistics, open API).
 *
 * @param caseId the arrears case
 * @param noticeNumber the notice's number
 * @param policyId the policy that pays
 * @param insurerId the insurer (head organisation) of the policy
 * @param branchId the branch that underwrote it and must pay
 * @param contractorId the contractor in arrears
 * @param area the project's area
 * @param workers how many workers the roster lists
 * @param total the notice's total
 * @param insurerShare what the insurer owes: the total, at most the remaining sum insured
 * @param contractorShare the excess the contractor owes (R-CLM-3), zero when none
 * @param issuedAt when it was issued
 */
public record PaymentNoticeIssued(long caseId, String noticeNumber, long policyId, long insurerId, long branchId,
		long contractorId, AreaCode area, int workers, Money total, Money insurerShare, Money contractorShare,
		Instant issuedAt) {
}
