package io.suretyhub.obligation;

import io.suretyhub.shared.AreaCode;

/**
 * An obligation was met or waived ({@code status}); {@code level} is the warning level it had reached, so a
 * reader can tell an open warning from one that was cleared. Published once, when it closes.
 */
public record ObligationClosed(long obligationId, String rule, Subject subject, Parties parties, AreaCode area,
		ObligationStatus status, WarningLevel level) {
}
