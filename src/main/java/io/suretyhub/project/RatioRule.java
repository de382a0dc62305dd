package io.suretyhub.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;

/**
 * A region's deposit ratio figures from a date on (R-PRJ-3). Ratios are fractions ({@code 0.015} =
 * 1.5 %); an absent figure ({@code null}) means the region has no such reduction, cap or exemption.
 *
 * @param id its id
 * @param region the region it applies to
 * @param effectiveFrom the first day it applies
 * @param name its name and source, as shown with every ratio it produces
 * @param baseRatio the base ratio
 * @param cap the highest deposit per project before increases for the untrustworthy list
 * @param secondProjectRatio the ratio for a clean contractor's second concurrent project in the prefecture
 * @param cleanTwoYearsRatio the ratio for a contractor without arrears for two consecutive years
 * @param exemptCleanYears years without arrears (with real-name management and a wage account) that exempt
 * @param smallPriceBelow contract prices below this are exempt for a contractor clean in the prior year
 * @param smallMonthsAtMost construction periods of at most this many months are exempt likewise
 * @param arrearsIncrease the increase for arrears in the two years before ({@code 0.5} = +50 %)
 * @param untrustworthyIncrease the increase for the untrustworthy list, not limited by the cap
 */
public record RatioRule(long id, AreaCode region, LocalDate effectiveFrom, String name, BigDecimal baseRatio,
		Money cap, BigDecimal secondProjectRatio, BigDecimal cleanTwoYearsRatio, Integer exemptCleanYears,
		Money smallPriceBelow, Integer smallMonthsAtMost, BigDecimal arrearsIncrease, BigDecimal untrustworthyIncrease) {
}
