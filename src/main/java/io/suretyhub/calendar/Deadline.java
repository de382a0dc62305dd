package io.suretyhub.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The end of a time limit (R-TIME-2).
 *
 * @param dueDate the last day of the period
 * @param dueAt 24:00 of {@code dueDate} in China Standard Time, i.e. 00:00 of the next day
 * @param provisional whether a day counted lies in a year without published data
 */
public record Deadline(LocalDate dueDate, Instant dueAt, boolean provisional) {

	/** The end of the day {@code dueDate} in China Standard Time. */
	public static Instant endOf(LocalDate day) {
		return day.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
	}

	/** {@link #dueAt()} with its +08:00 offset. */
	public OffsetDateTime dueAtInChina() {
		return dueAt.atZone(WorkingCalendar.ZONE).toOffsetDateTime();
	}

}
