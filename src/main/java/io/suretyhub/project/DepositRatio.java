package io.suretyhub.project;

import java.math.BigDecimal;
import java.time.Instant;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;

/**
 * A project's deposit ratio confirmation (应缴比例确认表, R-PRJ-2, R-PRJ-3): what the rule produced,
 * the deposit, the contractor's split and the local authority's decision.
 *
 * @param projectId the project
 * @param area the project's area (the confirming authority's)
 * @param rule the rule that produced the ratio
 * @param basis which part of the rule
 * @param ratio the ratio, a fraction
 * @param amount contract price × ratio (capped as the rule says), exact to the fen
 * @param cleanYears the years without arrears the contractor declared
 * @param realNameAccount whether real-name management and a special wage account are in place (declared)
 * @param split the contractor's split of the deposit
 * @param status submitted, confirmed or returned
 * @param submittedAt when the contractor submitted it
 * @param decidedAt when the authority confirmed or returned it
 * @param remark the authority's reason for returning it
 */
public record DepositRatio(long projectId, AreaCode area, RatioRule rule, RatioBasis basis, BigDecimal ratio,
		Money amount, int cleanYears, boolean realNameAccount, DepositSplit split, Status status, Instant submittedAt,
		Instant decidedAt, String remark) {

	/** The state of a confirmation. */
	public enum Status {

		SUBMITTED, CONFIRMED, RETURNED

	}

	public boolean confirmed() {
		return status == Status.CONFIRMED;
	}

	/** The ratio in percent, e.g. {@code 1.5}. */
	public BigDecimal percent() {
		return ratio.movePointRight(2).stripTrailingZeros();
	}

}
