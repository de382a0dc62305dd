package io.suretyhub.policy;

import java.math.BigDecimal;

import io.suretyhub.shared.Money;

/**
 * An insurer's filed rate and its automatic underwriting rule: an application up to {@code autoIssueLimit}
 * from a contractor with no credit fact on record is issued at once (R-POL-2).
 *
 * @param insurerId the insurer (region branch)
 * @param filedRate the filed premium rate, a fraction ({@code 0.002} = 0.2 %)
 * @param autoIssueLimit the limit for automatic issue, or {@code null} for none
 */
public record UnderwritingTerms(long insurerId, BigDecimal filedRate, Money autoIssueLimit) {
}
