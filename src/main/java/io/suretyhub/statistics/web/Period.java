package io.suretyhub.statistics.web;

import java.time.Clock;
import java.time.YearMonth;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.statistics.Filter;

/**
 * The query string of every statistics page and export: {@code from} and {@code to} months
 * ({@code 2026-10}), the drill-down {@code area}; without months, the current year up to this month.
 */
record Period(String from, String to, String area) {

	Filter filter(Clock clock) {
		YearMonth now = YearMonth.now(clock);
		YearMonth first = month(from, "from", YearMonth.of(now.getYear(), 1));
		YearMonth last = month(to, "to", now);
		if (first.isAfter(last)) {
			throw InvalidInput.of("to", "statistics.error.period");
		}
		Filter filter = Filter.of(first, last);
		if (area == null || area.isBlank()) {
			return filter;
		}
		if (!AreaCode.isValid(area.strip())) {
			throw InvalidInput.of("area", "statistics.error.area");
		}
		return filter.within(AreaCode.of(area.strip()));
	}

	private static YearMonth month(String text, String field, YearMonth otherwise) {
		if (text == null || text.isBlank()) {
			return otherwise;
		}
		try {
			return YearMonth.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw InvalidInput.of(field, "statistics.error.month");
		}
	}

}
