package io.suretyhub.obligation.internal;

import java.time.Instant;
import java.time.LocalDate;

import io.suretyhub.calendar.WorkingCalendar;
import io.suretyhub.obligation.ObligationStatus;
import io.suretyhub.obligation.Subject;
import io.suretyhub.shared.AreaCode;

/**
 * A notice in an inbox.
 *
 * @param kind {@code REMINDER}, {@code YELLOW}, {@code ORANGE}, {@code RED}, {@code DEADLINE_MOVED} or {@code OPENED}
 * @param previousDueAt for a moved deadline, the due time before
 */
public record InboxItem(long id, long obligationId, String kind, String rule, Subject subject, long owedBy,
		AreaCode area, LocalDate dueDate, Instant dueAt, Instant previousDueAt, ObligationStatus status,
		Instant createdAt, Instant readAt) {

	public boolean unread() {
		return readAt == null;
	}

	/** For a moved deadline, the day whose 24:00 was the due time before. */
	public LocalDate previousDueDate() {
		return previousDueAt == null ? null : LocalDate.ofInstant(previousDueAt, WorkingCalendar.ZONE).minusDays(1);
	}

}
