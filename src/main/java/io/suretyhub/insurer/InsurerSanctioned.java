package io.suretyhub.insurer;

import java.time.LocalDate;

/** The region authority confirmed a sanction on an insurer (R-SUP-3): a ban, or a rectification. */
public record InsurerSanctioned(long sanctionId, long insurerId, boolean ban, LocalDate startsOn) {
}
