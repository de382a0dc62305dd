package io.suretyhub.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;

import io.suretyhub.calendar.CalendarDay;
import io.suretyhub.shared.AreaCode;

/**
 * The days of one place under one snapshot (R-TIME-1): Monday to Friday, minus the national holidays,
 * plus the national make-up working days, with the region's own entries taking precedence. A year is
 * provisional where the national arrangement, or for a region with holidays of its own the region's,
 * is missing.
 */
record AreaCalendar(CalendarSnapshot snapshot, Scope region) {

	static AreaCalendar of(CalendarSnapshot snapshot, AreaCode area) {
		return new AreaCalendar(snapshot, Scope.of(area.region()));
	}

	CalendarDay day(LocalDate date) {
		boolean regional = snapshot.knows(region);
		boolean provisional = !snapshot.covers(Scope.NATIONAL, date.getYear())
				|| (regional && !snapshot.covers(region, date.getYear()));
		DayEntry entry = regional ? snapshot.entry(region, date) : null;
		if (entry == null) {
			entry = snapshot.entry(Scope.NATIONAL, date);
		}
		if (entry != null) {
			return new CalendarDay(date, !entry.off(), entry.name(), provisional);
		}
		DayOfWeek weekday = date.getDayOfWeek();
		return new CalendarDay(date, weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY, null, provisional);
	}

}
