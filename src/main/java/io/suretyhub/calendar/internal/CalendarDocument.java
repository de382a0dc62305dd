package io.suretyhub.calendar.internal;

import java.util.List;

/**
 * One year's arrangement as written in {@code calendar/<scope>/<year>.json} and stored in the database
 * (documented in {@code docs/calendar.md}).
 *
 * @param year the year the arrangement is for; it may list the last days of the year before or the
 * first of the year after (元旦 of 2023 began on 31 December 2022)
 * @param sources where the facts come from: the notices' addresses or titles
 * @param days the exceptions to the plain week
 */
public record CalendarDocument(int year, List<String> sources, List<DayEntry> days) {

	public CalendarDocument {
		sources = sources == null ? List.of() : List.copyOf(sources);
		days = days == null ? List.of() : List.copyOf(days);
	}

}
