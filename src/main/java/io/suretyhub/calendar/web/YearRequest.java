package io.suretyhub.calendar.web;

import java.util.ArrayList;
import java.util.List;

import io.suretyhub.calendar.internal.CalendarDocument;
import io.suretyhub.calendar.internal.DayEntry;
import io.suretyhub.calendar.internal.Scope;

/**
 * {@code POST /api/v1/calendar/years}: a year's arrangement in the format of the shipped files, with the
 * region it is for ({@code null} for the national arrangement) and a note on where it comes from.
 */
record YearRequest(String area, Integer year, List<String> sources, String note, List<Day> days) {

	/** Where the arrangement applies. Problems go to {@code input}. */
	Scope scope(CalendarInput input) {
		return input.region("area", area);
	}

	/** The arrangement; problems go to {@code input}. */
	CalendarDocument document(CalendarInput input) {
		Integer checkedYear = input.year("year", year);
		List<String> checkedSources = input.sources("sources", sources, note);
		List<DayEntry> entries = new ArrayList<>();
		if (days == null || days.isEmpty()) {
			input.reject("days", "calendar.error.required");
		}
		else {
			for (int i = 0; i < days.size(); i++) {
				Day day = days.get(i) == null ? new Day(null, null, null) : days.get(i);
				DayEntry entry = input.day("days[" + i + "]", day.date(), day.name(), day.off());
				if (entry != null) {
					entries.add(entry);
				}
			}
		}
		return checkedYear == null ? null : new CalendarDocument(checkedYear, checkedSources, entries);
	}

	record Day(String date, String name, Boolean off) {
	}

}
