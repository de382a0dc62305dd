package io.suretyhub.obligation;

import java.time.Instant;

import io.suretyhub.shared.AreaCode;

/** The reminder before the due time of an obligation was issued (lead configurable, default one working day). Published exactly once per obligation. */
public record ObligationReminderDue(long obligationId, String rule, Subject subject, Parties parties, AreaCode area, Instant dueAt) {
}
