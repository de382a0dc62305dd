package io.suretyhub.insurer.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A sanction, from its proposal to its lifting (R-SUP-3). {@code kind} is {@code RECTIFICATION} (ends on
 * {@code endsOn} at the earliest) or {@code BAN} (region-wide, until lifted); both set once confirmed.
 */
public record Sanction(long id, long insurerId, String insurerName, String status, SanctionTrigger trigger,
		String detail, Instant proposedAt, String kind, LocalDate startsOn, LocalDate endsOn, Instant decidedAt,
		String decidedBy, String decisionReason, Instant liftedAt, String liftedBy, String liftReason) {

	public boolean ban() {
		return "BAN".equals(kind);
	}

	/** Whether it refuses new business on {@code day}: confirmed, started, not yet lifted. */
	public boolean appliesOn(LocalDate day) {
		return "ACTIVE".equals(status) && startsOn != null && !startsOn.isAfter(day);
	}

}
