package io.suretyhub.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.suretyhub.calendar.CalendarYearPublished;
import io.suretyhub.obligation.ObligationDeadlineMoved;
import io.suretyhub.obligation.ObligationEscalated;
import io.suretyhub.obligation.ObligationOverdue;
import io.suretyhub.obligation.ObligationReminderDue;
import io.suretyhub.shared.AuditEvent;

import org.springframework.context.event.EventListener;

/** Records, from any thread, the events the calendar and obligation modules publish. */
public class ObligationEventLog {

	private final List<Object> events = new CopyOnWriteArrayList<>();

	@EventListener({ ObligationReminderDue.class, ObligationOverdue.class, ObligationEscalated.class,
			ObligationDeadlineMoved.class, CalendarYearPublished.class, AuditEvent.class })
	void record(Object event) {
		events.add(event);
	}

	public <T> List<T> of(Class<T> type) {
		return events.stream().filter(type::isInstance).map(type::cast).toList();
	}

}
