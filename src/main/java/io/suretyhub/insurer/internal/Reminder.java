package io.suretyhub.insurer.internal;

import java.time.Instant;
import java.time.LocalDate;

/** A work reminder (工作提醒, R-SUP-2): ISSUED, REPORTED (rectification reported), HEEDED or UNHEEDED. */
public record Reminder(long id, long insurerId, String subject, LocalDate respondBy, String status, Instant issuedAt,
		String issuedBy, String rectification, Instant reportedAt, String decidedBy, String decisionReason,
		Long sanctionId) {
}
