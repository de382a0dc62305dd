package io.suretyhub.obligation;

import java.time.Instant;
import java.time.LocalDate;

import io.suretyhub.calendar.TimeLimit;
import io.suretyhub.shared.AreaCode;

/** An obligation as stored: its deadline is the one computed when it was opened. */
public record ObligationView(long id, Parties parties, Subject subject, String rule, AreaCode area, TimeLimit limit,
		Instant startedAt, LocalDate dueDate, Instant dueAt, boolean provisional, ObligationStatus status,
		WarningLevel level, Instant closedAt, String waiverReason) {
}
