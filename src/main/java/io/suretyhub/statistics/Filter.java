package io.suretyhub.statistics;

import java.time.LocalDate;
import java.time.YearMonth;

import io.suretyhub.shared.AreaCode;

/**
 * What a viewer asks for: the months {@code from} … {@code to} (both included), optionally one area inside
 * the viewer's (the drill-down) and one insurer.
 *
 * @param area {@code null} for the viewer's whole area
 * @param insurerId {@code null} for every insurer
 */
public record Filter(YearMonth from, YearMonth to, AreaCode area, Long insurerId) {

	public Filter {
		if (from == null || to == null || from.isAfter(to)) {
			throw new IllegalArgumentException("A period runs from a month to a later one: " + from + " … " + to);
		}
	}

	public static Filter of(YearMonth from, YearMonth to) {
		return new Filter(from, to, null, null);
	}

	/** The quarter {@code quarter} (1 … 4) of {@code year}. */
	public static Filter quarter(int year, int quarter) {
		YearMonth first = YearMonth.of(year, (quarter - 1) * 3 + 1);
		return of(first, first.plusMonths(2));
	}

	public Filter within(AreaCode drillDown) {
		return new Filter(from, to, drillDown, insurerId);
	}

	public Filter forInsurer(Long insurer) {
		return new Filter(from, to, area, insurer);
	}

	public LocalDate firstDay() {
		return from.atDay(1);
	}

	public LocalDate dayAfter() {
		return to.plusMonths(1).atDay(1);
	}

}
