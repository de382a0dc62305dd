package io.suretyhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.testing.CalendarObligationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;

/**
 * Calendar periods end at 24:00 of the corresponding day; a month without that day ends on its last day
 * (R-TIME-2, as 民法典 Art. 201–202 count periods).
 */
@CalendarObligationTest
class CalendarPeriodsTests {

	static final AreaCode URUMQI = AreaCode.of("650100");

	@Autowired
	WorkingCalendar calendar;

	@ParameterizedTest(name = "R-TIME-2: {0} + {1} ends at 24:00 on {2}")
	@CsvSource({ "2026-01-31, 1M, 2026-02-28", "2024-01-31, 1M, 2024-02-29", "2026-03-31, 1M, 2026-04-30",
			"2026-01-30, 1M, 2026-02-28", "2026-01-15, 1M, 2026-02-15", "2026-12-31, 2M, 2027-02-28",
			"2024-02-29, 2Y, 2026-02-28", "2024-02-29, 4Y, 2028-02-29", "2026-01-01, 60D, 2026-03-02",
			"2026-12-15, 60D, 2027-02-13", "2026-10-01, 0D, 2026-10-01" })
	void calendarPeriodsEndOnTheCorrespondingDay(LocalDate from, String limit, LocalDate dueDate) {
		Deadline deadline = calendar.deadline(URUMQI, from, TimeLimit.parse(limit));
		assertThat(deadline.dueDate()).isEqualTo(dueDate);
		assertThat(deadline.dueAt()).isEqualTo(dueDate.plusDays(1).atStartOfDay(WorkingCalendar.ZONE).toInstant());
		assertThat(deadline.provisional()).as("calendar periods do not depend on holidays").isFalse();
	}

	@Test
	@DisplayName("R-TIME-2: the event's day counts in China Standard Time, whatever the instant's zone")
	void eventDayIsTheDayInChina() {
		Instant lateEveningUtc = Instant.parse("2026-09-29T17:30:00Z");
		assertThat(calendar.deadline(URUMQI, lateEveningUtc, TimeLimit.workingDays(5)).dueDate())
			.as("01:30 on 30 September in Beijing").isEqualTo(LocalDate.of(2026, 10, 13));
	}

	@Test
	@DisplayName("R-TIME-1: the start of the last working days before a deadline skips holidays")
	void startOfLastWorkingDays() {
		assertThat(calendar.startOfLastWorkingDays(URUMQI, LocalDate.of(2026, 10, 13), 1))
			.isEqualTo(Instant.parse("2026-10-12T16:00:00Z"));
		assertThat(calendar.startOfLastWorkingDays(URUMQI, LocalDate.of(2026, 10, 12), 3))
			.as("10-12, 10-10 (make-up Saturday), 10-09").isEqualTo(Instant.parse("2026-10-08T16:00:00Z"));
		assertThat(calendar.startOfLastWorkingDays(URUMQI, LocalDate.of(2026, 10, 4), 1))
			.as("a holiday counts back to the last working day").isEqualTo(Instant.parse("2026-09-29T16:00:00Z"));
	}

	@Test
	void timeLimitCodes() {
		assertThat(TimeLimit.parse("5WD")).isEqualTo(TimeLimit.workingDays(5));
		assertThat(TimeLimit.months(1).code()).isEqualTo("1M");
		assertThat(TimeLimit.parse(TimeLimit.years(2).code())).isEqualTo(TimeLimit.years(2));
	}

}
