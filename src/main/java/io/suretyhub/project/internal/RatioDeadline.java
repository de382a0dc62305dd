package io.suretyhub.project.internal;

import io.suretyhub.calendar.TimeLimit;
import io.suretyhub.calendar.WorkingCalendar;
import io.suretyhub.obligation.NewObligation;
import io.suretyhub.obligation.Obligations;
import io.suretyhub.obligation.Parties;
import io.suretyhub.obligation.Subject;
import io.suretyhub.project.DepositRatioSubmitted;
import io.suretyhub.project.ProjectRegistered;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * R-PRJ-2: 20 working days from the permit (or contract) date for the contractor to submit the ratio
 * confirmation to the project's local authority; met on submission.
 */
@Component
class RatioDeadline {

	static final String RULE = "R-PRJ-2";

	private final Obligations obligations;

	RatioDeadline(Obligations obligations) {
		this.obligations = obligations;
	}

	@EventListener
	void registered(ProjectRegistered event) {
		if (event.clockStart() == null) {
			return;
		}
		obligations.open(new NewObligation(Parties.toAuthority(event.contractorId(), event.area()), subject(event.projectId()),
				RULE, event.area(), event.clockStart().atStartOfDay(WorkingCalendar.ZONE).toInstant(),
				TimeLimit.workingDays(20)));
	}

	@EventListener
	void submitted(DepositRatioSubmitted event) {
		obligations.meet(subject(event.projectId()), RULE);
	}

	private static Subject subject(long projectId) {
		return new Subject("project-ratio", String.valueOf(projectId));
	}

}
