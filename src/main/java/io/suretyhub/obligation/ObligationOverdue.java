package io.suretyhub.obligation;

import java.time.Instant;

import io.suretyhub.shared.AreaCode;

/** An obligation passed its due time unmet: the overdue (yellow) warning was issued. Source of the R-ELG-1 (3)(4) facts and R-SUP-3 triggers. Published exactly once per obligation. */
public record ObligationOverdue(long obligationId, String rule, Subject subject, Parties parties, AreaCode area, Instant dueAt) {
}
