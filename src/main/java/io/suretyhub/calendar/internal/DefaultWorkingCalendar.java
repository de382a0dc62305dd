package io.suretyhub.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;

import io.suretyhub.calendar.CalendarDay;
import io.suretyhub.calendar.Deadline;
import io.suretyhub.calendar.TimeLimit;
import io.suretyhub.calendar.WorkingCalendar;
import io.suretyhub.shared.AreaCode;

import org.springframework.stereotype.Service;

/** Deadline arithmetic of R-TIME-2 over the arrangements in force. */
@Service
class DefaultWorkingCalendar implements WorkingCalendar {

	/** No real arrangement stops this far short of a working day; a broken one must not hang a request. */
	private static final int MAX_STEPS = 20_000;

	private final CalendarData data;

	DefaultWorkingCalendar(CalendarData data) {
		this.data = data;
	}

	@Override
	public CalendarDay day(AreaCode area, LocalDate date) {
		return AreaCalendar.of(data.current(), area).day(date);
	}

	@Override
	public Deadline deadline(AreaCode area, LocalDate eventDay, TimeLimit limit) {
		return switch (limit.unit()) {
			case WORKING_DAYS -> workingDaysAfter(AreaCalendar.of(data.current(), area), eventDay, limit.amount());
			case DAYS -> calendarPeriod(eventDay.plusDays(limit.amount()));
			case MONTHS -> calendarPeriod(eventDay.plusMonths(limit.amount()));
			case YEARS -> calendarPeriod(eventDay.plusYears(limit.amount()));
		};
	}

	@Override
	public Instant startOfLastWorkingDays(AreaCode area, LocalDate lastDay, int workingDays) {
		if (workingDays <= 0) {
			return Deadline.endOf(lastDay);
		}
		AreaCalendar calendar = AreaCalendar.of(data.current(), area);
		LocalDate day = lastDay;
		int counted = 0;
		for (int step = 0; step < MAX_STEPS; step++, day = day.minusDays(1)) {
			if (calendar.day(day).workingDay() && ++counted == workingDays) {
				return day.atStartOfDay(ZONE).toInstant();
			}
		}
		throw new IllegalStateException("No working day within " + MAX_STEPS + " days before " + lastDay);
	}

	private static Deadline workingDaysAfter(AreaCalendar calendar, LocalDate eventDay, int workingDays) {
		LocalDate day = eventDay;
		boolean provisional = false;
		int counted = 0;
		for (int step = 0; counted < workingDays; step++) {
			if (step == MAX_STEPS) {
				throw new IllegalStateException("No working day within " + MAX_STEPS + " days after " + eventDay);
			}
			day = day.plusDays(1);
			CalendarDay next = calendar.day(day);
			provisional |= next.provisional();
			if (next.workingDay()) {
				counted++;
			}
		}
		return new Deadline(day, Deadline.endOf(day), provisional);
	}

	/** Calendar periods do not depend on holidays, so they are never provisional (R-TIME-2). */
	private static Deadline calendarPeriod(LocalDate lastDay) {
		return new Deadline(lastDay, Deadline.endOf(lastDay), false);
	}

}
