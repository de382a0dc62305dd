package io.suretyhub.project.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

import io.suretyhub.project.RatioBasis;
import io.suretyhub.project.RatioRule;
import io.suretyhub.shared.Money;

/**
 * Applies a {@link RatioRule} to a project's circumstances (R-PRJ-3). Exemptions first (small project for a
 * contractor clean in the prior year; enough clean years with real-name management), then the lowest
 * reduction that applies (two clean years, then a second concurrent project), else the base. Arrears in
 * the two years before raise the ratio by the arrears increase, the result capped; the untrustworthy list
 * raises the capped deposit by its increase, not limited by the cap. The amount is rounded half-up to the fen.
 */
public final class RatioCalculator {

	private RatioCalculator() {
	}

	public static Result apply(RatioRule rule, Circumstances c) {
		boolean clean = !c.arrears() && !c.untrustworthy();
		if (clean && c.cleanPriorYear() && small(rule, c)) {
			return new Result(RatioBasis.EXEMPT_SMALL_PROJECT, BigDecimal.ZERO, Money.ZERO);
		}
		if (clean && rule.exemptCleanYears() != null && c.cleanYears() >= rule.exemptCleanYears() && c.realNameAccount()) {
			return new Result(RatioBasis.EXEMPT_CLEAN_YEARS, BigDecimal.ZERO, Money.ZERO);
		}
		if (c.untrustworthy()) {
			BigDecimal factor = BigDecimal.ONE.add(rule.untrustworthyIncrease());
			Money capped = capped(rule, times(c.contractPrice(), rule.baseRatio()));
			return new Result(RatioBasis.BASE_WITH_UNTRUSTWORTHY_INCREASE, rule.baseRatio().multiply(factor),
					times(capped, factor));
		}
		if (c.arrears()) {
			BigDecimal ratio = rule.baseRatio().multiply(BigDecimal.ONE.add(rule.arrearsIncrease()));
			return new Result(RatioBasis.BASE_WITH_ARREARS_INCREASE, ratio, capped(rule, times(c.contractPrice(), ratio)));
		}
		if (rule.cleanTwoYearsRatio() != null && c.cleanYears() >= 2) {
			return reduced(rule, RatioBasis.CLEAN_TWO_YEARS, rule.cleanTwoYearsRatio(), c);
		}
		if (rule.secondProjectRatio() != null && c.concurrentProject()) {
			return reduced(rule, RatioBasis.SECOND_PROJECT, rule.secondProjectRatio(), c);
		}
		return reduced(rule, RatioBasis.BASE, rule.baseRatio(), c);
	}

	private static Result reduced(RatioRule rule, RatioBasis basis, BigDecimal ratio, Circumstances c) {
		return new Result(basis, ratio, capped(rule, times(c.contractPrice(), ratio)));
	}

	private static boolean small(RatioRule rule, Circumstances c) {
		boolean cheap = rule.smallPriceBelow() != null && c.contractPrice().compareTo(rule.smallPriceBelow()) < 0;
		boolean short_ = rule.smallMonthsAtMost() != null
				&& !c.periodEnd().plusDays(1).isAfter(c.periodStart().plusMonths(rule.smallMonthsAtMost()));
		return cheap || short_;
	}

	private static Money capped(RatioRule rule, Money amount) {
		return rule.cap() != null && amount.compareTo(rule.cap()) > 0 ? rule.cap() : amount;
	}

	private static Money times(Money amount, BigDecimal factor) {
		return new Money(amount.amount().multiply(factor).setScale(2, RoundingMode.HALF_UP));
	}

	/**
	 * What the rule looks at.
	 *
	 * @param contractPrice the project's contract price
	 * @param periodStart first day of construction
	 * @param periodEnd last day of construction
	 * @param cleanYears consecutive years without arrears in the area (declared, lowered by recorded facts)
	 * @param realNameAccount real-name management and a special wage account in place
	 * @param cleanPriorYear no W Art 8 fact in the year before
	 * @param arrears a W Art 8 fact showing arrears in the two years before
	 * @param untrustworthy on the joint-punishment list in the two years before
	 * @param concurrentProject another project of the contractor in the prefecture with a confirmed ratio
	 * overlapping this one's period
	 */
	public record Circumstances(Money contractPrice, LocalDate periodStart, LocalDate periodEnd, int cleanYears,
			boolean realNameAccount, boolean cleanPriorYear, boolean arrears, boolean untrustworthy,
			boolean concurrentProject) {
	}

	/** The basis, the ratio and the deposit amount. */
	public record Result(RatioBasis basis, BigDecimal ratio, Money amount) {
	}

}
