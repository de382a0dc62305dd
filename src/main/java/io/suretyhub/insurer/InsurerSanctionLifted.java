package io.suretyhub.insurer;

import java.time.LocalDate;

/** A confirmed sanction on an insurer was lifted (R-SUP-3). */
public record InsurerSanctionLifted(long sanctionId, long insurerId, LocalDate on) {
}
