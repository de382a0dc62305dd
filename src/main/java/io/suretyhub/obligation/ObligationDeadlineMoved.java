package io.suretyhub.obligation;

import java.time.Instant;

import io.suretyhub.shared.AreaCode;

/**
 * The calendar data of a provisional year arrived and an open obligation's due time moved.
 *
 * @param provisional whether the new due time still counts a day of a year without data
 */
public record ObligationDeadlineMoved(long obligationId, String rule, Subject subject, Parties parties, AreaCode area,
		Instant previousDueAt, Instant dueAt, boolean provisional) {
}
