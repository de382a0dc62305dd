package io.suretyhub.policy;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import io.suretyhub.calendar.TimeLimit;
import io.suretyhub.calendar.WorkingCalendar;
import io.suretyhub.obligation.NewObligation;
import io.suretyhub.obligation.Obligations;
import io.suretyhub.obligation.Parties;
import io.suretyhub.obligation.Subject;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The policy's stored deadlines: R-POL-2, 5 working days from the application for the branch's result
 * (owed to the contractor, supervised in the project's area), met by issue or refusal; R-POL-6, the
 * renewal window, the month before expiry (due at 24:00 of the last day of cover), owed by the contractor to the local authority, met when the
 * renewal is issued. Its subject is {@code policy/<id>}, the key of the R-ELG-1 (3) fact.
 */
@Component
class PolicyDeadlines {

	private final Obligations obligations;

	private final PolicyRepository repository;

	PolicyDeadlines(Obligations obligations, PolicyRepository repository) {
		this.obligations = obligations;
		this.repository = repository;
	}

	@EventListener
	void applied(PolicyEvent.Applied event) {
		long obligation = obligations.open(new NewObligation(Parties.toOrganisation(event.branchId(), event.contractorId()),
				application(event.policyId()), "R-POL-2", event.area(), event.at(), TimeLimit.workingDays(5)));
		repository.obligation(event.policyId(), "R-POL-2", obligation);
	}

	@EventListener
	void refused(PolicyEvent.Refused event) {
		obligations.meet(application(event.policyId()), "R-POL-2");
	}

	@EventListener
	void issued(PolicyEvent.Issued event) {
		obligations.meet(application(event.policyId()), "R-POL-2");
		LocalDate windowOpens = event.periodEnd().minusMonths(1);
		int days = (int) ChronoUnit.DAYS.between(windowOpens, event.periodEnd());
		long renewal = obligations.open(new NewObligation(Parties.toAuthority(event.contractorId(), event.area()),
				policy(event.policyId()), "R-POL-6", event.area(), windowOpens.atStartOfDay(WorkingCalendar.ZONE).toInstant(),
				TimeLimit.days(days)));
		repository.obligation(event.policyId(), "R-POL-6", renewal);
		if (event.renewalOf() != null) {
			obligations.meet(policy(event.renewalOf()), "R-POL-6");
		}
	}

	@EventListener
	void ended(PolicyEvent.Surrendered event) {
		obligations.meet(policy(event.policyId()), "R-POL-6");
	}

	@EventListener
	void closed(PolicyEvent.Closed event) {
		obligations.meet(policy(event.policyId()), "R-POL-6");
	}

	static Subject application(long policyId) {
		return new Subject("policy-application", String.valueOf(policyId));
	}

	static Subject policy(long policyId) {
		return new Subject("policy", String.valueOf(policyId));
	}

}
