package io.suretyhub.insurer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The region authority issued a work reminder to an insurer (R-SUP-2); the insurer must report its
 * rectification by {@code respondBy}.
 *
 * @param reminderId the reminder
 * @param insurerId the insurer it is addressed to
 * @param subject what the insurer is reminded of (no personal data)
 * @param respondBy the day the rectification is due
 * @param issuedAt when it was issued
 */
public record InsurerReminderIssued(long reminderId, long insurerId, String subject, LocalDate respondBy,
		Instant issuedAt) {
}
