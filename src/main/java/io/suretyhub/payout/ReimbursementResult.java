package io.suretyhub.payout;

import java.time.LocalDate;

import io.suretyhub.shared.Money;

/**
 * The effect of recording a reimbursement (R-CLM-7).
 *
 * @param caseId the arrears case
 * @param amount the amount received
 * @param outstanding what the contractor still owes the insurer on this case
 * @param receivedOn the day the money arrived
 * @param repeated {@code true} when this receipt reference was already recorded on the case with the same
 *        amount and day: nothing changed
 */
public record ReimbursementResult(long caseId, Money amount, Money outstanding, LocalDate receivedOn, boolean repeated) {
}
