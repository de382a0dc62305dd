package io.suretyhub.contractor.internal;

import java.time.LocalDate;

import io.suretyhub.calendar.WorkingCalendar;
import io.suretyhub.contractor.CreditFactKind;
import io.suretyhub.contractor.CreditFacts;
import io.suretyhub.obligation.ObligationOverdue;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * R-ELG-2: the platform records kinds (3) and (4) itself from its overdue deadlines: a missed renewal
 * window (R-POL-6) and a missed replacement after a payout (R-CLM-6); once per deadline.
 */
@Component
class OverdueFacts {

	private final CreditFacts facts;

	OverdueFacts(CreditFacts facts) {
		this.facts = facts;
	}

	/** The condition spares the event publication registry a publication this listener would ignore. */
	@ApplicationModuleListener(condition = "#event.rule() == 'R-POL-6' or #event.rule() == 'R-CLM-6'")
	void overdue(ObligationOverdue event) {
		CreditFactKind kind = switch (event.rule()) {
			case "R-POL-6" -> CreditFactKind.RENEWAL_MISSED;
			case "R-CLM-6" -> CreditFactKind.REPLACEMENT_MISSED;
			default -> null;
		};
		if (kind != null) {
			facts.recordByPlatform(event.parties().owedBy(), kind, LocalDate.ofInstant(event.dueAt(), WorkingCalendar.ZONE),
					event.area(), event.subject().toString());
		}
	}

}
