package io.suretyhub.statistics.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

/** The calendar month (its first day) an instant falls in, in the platform's zone (Asia/Shanghai). */
@Component
class Months {

	private final Clock clock;

	Months(Clock clock) {
		this.clock = clock;
	}

	LocalDate of(Instant at) {
		return LocalDate.ofInstant(at, clock.getZone()).withDayOfMonth(1);
	}

}
