/**
 * Working days and deadline arithmetic (R-TIME-1, R-TIME-2).
 * <p>
 * The national arrangement of holidays and make-up working days (调休) and each region's own holidays
 * (Xinjiang: 肉孜节, 古尔邦节) ship as versioned files under {@code calendar/}; an administrator adds a
 * year as a new database version without a release. A year without data is provisional: weekdays count
 * as working days and every answer says so. {@link io.suretyhub.calendar.WorkingCalendar} is the API;
 * {@link io.suretyhub.calendar.CalendarYearPublished} tells other modules that a year's data changed.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Working-day calendar")
package io.suretyhub.calendar;
