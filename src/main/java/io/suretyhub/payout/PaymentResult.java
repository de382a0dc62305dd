package io.suretyhub.payout;

import io.suretyhub.shared.Money;

/**
 * The effect of recording a payment.
 *
 * @param paymentId the recorded payment
 * @param repeated {@code true} when this bank reference was already recorded: nothing changed
 * @param insurerOutstanding what the insurer may still pay under the notice
 */
public record PaymentResult(long paymentId, String bankReference, boolean repeated, Money insurerOutstanding) {
}
