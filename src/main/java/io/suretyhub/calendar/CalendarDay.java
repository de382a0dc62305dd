package io.suretyhub.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * One day of the calendar of a place.
 *
 * @param date the day
 * @param workingDay whether it is a working day there (R-TIME-1)
 * @param name the holiday's name; for a make-up working day (调休) the name of the holiday it belongs
 * to; {@code null} for an ordinary day
 * @param provisional whether the year has no published arrangement yet (weekdays assumed working)
 */
public record CalendarDay(LocalDate date, boolean workingDay, String name, boolean provisional) {

	/** What kind of day this is, for clients that need more than {@link #workingDay()}. */
	public Kind kind() {
		boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
		if (workingDay) {
			return weekend ? Kind.MAKE_UP_WORKDAY : Kind.WORKDAY;
		}
		return name != null ? Kind.HOLIDAY : Kind.WEEKEND;
	}

	public enum Kind {

		WORKDAY, WEEKEND, HOLIDAY, MAKE_UP_WORKDAY

	}

}
