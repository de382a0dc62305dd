package io.suretyhub.obligation.internal;

import java.time.Instant;

import io.suretyhub.calendar.Deadline;
import io.suretyhub.calendar.TimeLimit;
import io.suretyhub.calendar.WorkingCalendar;
import io.suretyhub.shared.AreaCode;

import org.springframework.stereotype.Component;

/** Computes an obligation's {@link Stages} with the working-day calendar and the configured thresholds. */
@Component
class DeadlineSchedule {

	private final WorkingCalendar calendar;

	private final ObligationSettings settings;

	DeadlineSchedule(WorkingCalendar calendar, ObligationSettings settings) {
		this.calendar = calendar;
		this.settings = settings;
	}

	Stages compute(AreaCode area, Instant startedAt, TimeLimit limit) {
		Deadline due = calendar.deadline(area, startedAt, limit);
		Instant remind = calendar.startOfLastWorkingDays(area, due.dueDate(), settings.reminderLead());
		if (remind.isBefore(startedAt)) {
			remind = startedAt;
		}
		if (remind.isAfter(due.dueAt())) {
			remind = due.dueAt();
		}
		var escalation = settings.escalation();
		Instant orange = calendar.deadline(area, due.dueDate(), TimeLimit.workingDays(escalation.orange())).dueAt();
		Instant red = calendar.deadline(area, due.dueDate(), TimeLimit.workingDays(escalation.red())).dueAt();
		return new Stages(due.dueDate(), due.dueAt(), due.provisional(), remind, orange, red);
	}

}
