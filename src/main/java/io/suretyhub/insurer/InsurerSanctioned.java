package io.suretyhub.insurer;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The region authority confirmed a sanction on an insurer (R-SUP-3): a ban, or a rectification.
 *
 * @param endsOn the rectification's last day; {@code null} for a ban (until lifted)
 * @param at when it was confirmed
 */
public record InsurerSanctioned(long sanctionId, long insurerId, boolean ban, LocalDate startsOn, LocalDate endsOn,
		Instant at) {
}
