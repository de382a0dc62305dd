package io.suretyhub.audit.internal;

import java.time.LocalDate;

import io.suretyhub.shared.AuditEvent.Outcome;

/**
 * What the audit page asks for: records matching every given filter, newest first, in pages of
 * {@link AuditRecords#PAGE_SIZE} reached by sequence number (never by offset, so page 10,000 costs
 * what page 1 does).
 *
 * @param actor exact username, or {@code null}
 * @param action exact action key, or {@code null}
 * @param outcome or {@code null}
 * @param from first day (China Standard Time), or {@code null}
 * @param to last day, inclusive, or {@code null}
 * @param before show records older than this sequence number, or {@code null} for the newest
 * @param after show records newer than this sequence number (the page before), or {@code null}
 */
public record AuditSearch(String actor, String action, Outcome outcome, LocalDate from, LocalDate to, Long before,
		Long after) {
}
