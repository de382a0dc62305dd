package io.suretyhub.calendar.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.suretyhub.calendar.internal.CalendarDocument;
import io.suretyhub.calendar.internal.Scope;

/**
 * The page form for a year's arrangement: one day a line, {@code 2027-01-01,off,元旦} or
 * {@code 2027-02-07,work,春节} (see {@code docs/calendar.md}).
 */
record YearForm(String scope, String year, String sources, String note, String days) {

	static YearForm empty(int year) {
		return new YearForm(Scope.NATIONAL.key(), String.valueOf(year), "", "", "");
	}

	Scope target(CalendarInput input) {
		return input.scope("scope", scope);
	}

	CalendarDocument document(CalendarInput input) {
		Integer checkedYear = input.year("year", year == null || year.isBlank() ? null : year);
		List<String> lines = sources == null ? List.of() : Arrays.stream(sources.split("\\R")).map(String::strip).toList();
		List<String> checkedSources = input.sources("sources", lines, note);
		List<Integer> badLines = new ArrayList<>();
		var entries = DaysText.parse(days, badLines);
		if (!badLines.isEmpty()) {
			input.reject("days", "calendar.error.lines", badLines.toString());
		}
		else if (entries.isEmpty()) {
			input.reject("days", "calendar.error.required");
		}
		return checkedYear == null ? null : new CalendarDocument(checkedYear, checkedSources, entries);
	}

}
