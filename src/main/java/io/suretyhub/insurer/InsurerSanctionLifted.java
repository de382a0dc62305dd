package io.suretyhub.insurer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A confirmed sanction on an insurer was lifted (R-SUP-3).
 *
 * @param at when it was lifted
 */
public record InsurerSanctionLifted(long sanctionId, long insurerId, LocalDate on, Instant at) {
}
