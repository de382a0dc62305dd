package io.suretyhub.obligation.internal;

import java.time.Instant;
import java.time.LocalDate;

import io.suretyhub.obligation.ObligationStatus;
import io.suretyhub.obligation.Parties;
import io.suretyhub.obligation.Subject;
import io.suretyhub.obligation.WarningLevel;
import io.suretyhub.shared.AreaCode;

/** One warned obligation on the board. */
public record BoardRow(long id, String rule, Subject subject, Parties parties, AreaCode area, LocalDate dueDate,
		Instant dueAt, boolean provisional, ObligationStatus status, WarningLevel level, Instant warnedAt) {
}
