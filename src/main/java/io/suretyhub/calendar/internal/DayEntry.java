package io.suretyhub.calendar.internal;

import java.time.LocalDate;

/**
 * An exception to the plain week: {@code off} is a holiday (even on a weekday), not {@code off} a
 * make-up working day (调休, even on a weekend).
 */
public record DayEntry(LocalDate date, String name, boolean off) {
}
