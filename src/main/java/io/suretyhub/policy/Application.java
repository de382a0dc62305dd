package io.suretyhub.policy;

import java.time.LocalDate;

import io.suretyhub.shared.Money;

/**
 * A contractor's application (R-POL-1): the project, the insurer it chose (R-FAIR-1), the sum insured and
 * the period, 00:00 of {@code periodStart} to 24:00 of {@code periodEnd} (R-POL-3).
 *
 * @param renewalOf the policy this application renews, or {@code null}
 */
public record Application(long projectId, long insurerId, Money sumInsured, LocalDate periodStart,
		LocalDate periodEnd, Long renewalOf) {
}
