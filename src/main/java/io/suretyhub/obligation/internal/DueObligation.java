package io.suretyhub.obligation.internal;

import java.time.Instant;

import io.suretyhub.obligation.ObligationEscalated;
import io.suretyhub.obligation.ObligationOverdue;
import io.suretyhub.obligation.ObligationReminderDue;
import io.suretyhub.obligation.Parties;
import io.suretyhub.obligation.Subject;
import io.suretyhub.obligation.WarningLevel;
import io.suretyhub.shared.AreaCode;

/** An obligation the sweeper claimed, with what it needs to warn about it. */
record DueObligation(long id, String rule, Subject subject, Parties parties, AreaCode area, Stages stages,
		WarningLevel level) {

	/** The event that announces the warning of {@code issued}. */
	Object event(WarningLevel issued) {
		Instant dueAt = stages.dueAt();
		return switch (issued) {
			case REMINDER -> new ObligationReminderDue(id, rule, subject, parties, area, dueAt);
			case YELLOW -> new ObligationOverdue(id, rule, subject, parties, area, dueAt);
			case ORANGE, RED -> new ObligationEscalated(id, rule, subject, parties, area, dueAt, issued);
			case NONE -> throw new IllegalArgumentException("No warning for " + issued);
		};
	}

}
