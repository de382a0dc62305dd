package io.suretyhub.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.suretyhub.shared.InvalidInput.Problem;

/** What a year's arrangement must satisfy before it is stored (see {@code docs/calendar.md}). */
final class ArrangementRules {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	static final int MAX_DAYS = 120;

	static final int MAX_NAME = 40;

	private ArrangementRules() {
	}

	static List<Problem> check(CalendarDocument document) {
		List<Problem> problems = new ArrayList<>();
		int year = document.year();
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			problems.add(new Problem("year", "calendar.error.year", FIRST_YEAR, LAST_YEAR));
			return problems;
		}
		if (document.days().isEmpty() || document.days().size() > MAX_DAYS) {
			problems.add(new Problem("days", "calendar.error.days.count", MAX_DAYS));
		}
		LocalDate first = LocalDate.of(year - 1, 12, 1);
		LocalDate last = LocalDate.of(year + 1, 1, 31);
		Set<LocalDate> seen = new HashSet<>();
		for (int i = 0; i < document.days().size(); i++) {
			DayEntry day = document.days().get(i);
			String field = "days[" + i + "]";
			if (day.date() == null || day.date().isBefore(first) || day.date().isAfter(last)) {
				problems.add(new Problem(field + ".date", "calendar.error.day.outside", year));
			}
			else if (!seen.add(day.date())) {
				problems.add(new Problem(field + ".date", "calendar.error.day.duplicate", day.date()));
			}
			if (day.name() == null || day.name().isBlank() || day.name().length() > MAX_NAME) {
				problems.add(new Problem(field + ".name", "calendar.error.day.name", MAX_NAME));
			}
		}
		return problems;
	}

}
