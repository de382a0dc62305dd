package io.suretyhub.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import io.suretyhub.shared.AreaCode;

/**
 * Working days and deadlines for a place (R-TIME-1, R-TIME-2). A prefecture or county code resolves to
 * its region (first two digits + {@code 0000}) for regional holidays. All instants are China Standard
 * Time ({@link #ZONE}).
 */
public interface WorkingCalendar {

	ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** What {@code date} is in {@code area}: a working day or not, and the holiday's name if any. */
	CalendarDay day(AreaCode area, LocalDate date);

	/**
	 * When a time limit that starts on {@code eventDay} ends: N working days end at 24:00 of the N-th
	 * working day after the event day; calendar periods end at 24:00 of the corresponding day (the last
	 * day of the month where the month has no such day).
	 */
	Deadline deadline(AreaCode area, LocalDate eventDay, TimeLimit limit);

	/** {@link #deadline(AreaCode, LocalDate, TimeLimit)} for an event at an instant. */
	default Deadline deadline(AreaCode area, Instant event, TimeLimit limit) {
		return deadline(area, LocalDate.ofInstant(event, ZONE), limit);
	}

	/**
	 * 00:00 of the {@code workingDays}-th working day counted back from {@code lastDay} (which counts if it
	 * is a working day): the moment from which only that many working days remain. Zero answers the end of
	 * {@code lastDay}.
	 */
	Instant startOfLastWorkingDays(AreaCode area, LocalDate lastDay, int workingDays);

}
