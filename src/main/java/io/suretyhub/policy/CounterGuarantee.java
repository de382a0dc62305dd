package io.suretyhub.policy;

import java.time.LocalDate;

import io.suretyhub.shared.Money;

/**
 * A counter-guarantee (反担保) the insurer took (Attachment 1).
 *
 * @param agreementNumber the agreement's number
 * @param amount its amount
 * @param formAndScope its form, kind and coverage
 * @param start first day (from 00:00)
 * @param end last day (until 24:00)
 */
public record CounterGuarantee(String agreementNumber, Money amount, String formAndScope, LocalDate start,
		LocalDate end) {
}
