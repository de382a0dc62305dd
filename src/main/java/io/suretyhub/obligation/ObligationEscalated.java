package io.suretyhub.obligation;

import java.time.Instant;

import io.suretyhub.shared.AreaCode;

/**
 * An overdue obligation reached {@code level} ({@link WarningLevel#ORANGE} or {@link WarningLevel#RED}).
 * Published exactly once per obligation and level.
 */
public record ObligationEscalated(long obligationId, String rule, Subject subject, Parties parties, AreaCode area,
		Instant dueAt, WarningLevel level) {
}
