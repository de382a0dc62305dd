package io.suretyhub.payout;

import java.time.Instant;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;

/**
 * The 60 days of R-CLM-7 passed with money outstanding: the insurer's recourse case against the contractor
 * opened. Published once per case. Fields are stable for listeners.
 *
 * @param caseId the arrears case
 * @param outstanding paid by the insurer and not reimbursed
 * @param policyId the policy
 * @param insurerId the insurer (head organisation)
 * @param contractorId the contractor
 * @param area the project's area
 * @param openedAt when it opened
 */
public record RecourseOpened(long caseId, Money outstanding, long policyId, long insurerId, long contractorId,
		AreaCode area, Instant openedAt) {
}
