package io.suretyhub.obligation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.suretyhub.calendar.CalendarYearPublished;
import io.suretyhub.calendar.WorkingCalendar;
import io.suretyhub.obligation.ObligationDeadlineMoved;
import io.suretyhub.shared.AuditEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a year's calendar is published, recomputes the open obligations whose due time counted a day of
 * that year while it had no data (R-TIME-1). Where the due time moved, the owing organisation and the
 * authorities are told.
 */
@Component
class ProvisionalRecompute {

	private final JdbcClient jdbc;

	private final ObligationRepository repository;

	private final DeadlineSchedule schedule;

	private final InboxStore inbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProvisionalRecompute(JdbcClient jdbc, ObligationRepository repository, DeadlineSchedule schedule,
			InboxStore inbox, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.repository = repository;
		this.schedule = schedule;
		this.inbox = inbox;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CalendarYearPublished published) {
		recompute(published);
	}

	/** Answers how many due times moved. */
	int recompute(CalendarYearPublished published) {
		int moved = 0;
		for (Long id : candidates(published)) {
			Obligation obligation = repository.findById(id).orElseThrow();
			var before = obligation.dueAt();
			if (!obligation.reschedule(schedule.compute(obligation.area(), obligation.startedAt(), obligation.limit()))) {
				continue;
			}
			repository.save(obligation);
			if (!before.equals(obligation.dueAt())) {
				moved++;
				announce(obligation, before);
			}
		}
		return moved;
	}

	private List<Long> candidates(CalendarYearPublished published) {
		var yearStart = LocalDate.of(published.year(), 1, 1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
		var nextYearStart = LocalDate.of(published.year() + 1, 1, 1).atStartOfDay(WorkingCalendar.ZONE).toInstant();
		String area = published.national() ? "%" : published.region().value().substring(0, 2) + "%";
		return jdbc.sql("""
				select id from obligation
				where provisional and status in ('OPEN', 'OVERDUE') and due_at > :yearStart and started_at < :nextYearStart
				  and area_code like :area
				order by id""")
			.param("yearStart", Timestamp.from(yearStart))
			.param("nextYearStart", Timestamp.from(nextYearStart))
			.param("area", area)
			.query(Long.class)
			.list();
	}

	private void announce(Obligation obligation, Instant before) {
		var view = obligation.view();
		inbox.deliverMove(view.id(), view.parties(), view.area(), before, view.dueAt(), clock.instant());
		events.publishEvent(new ObligationDeadlineMoved(view.id(), view.rule(), view.subject(), view.parties(),
				view.area(), before, view.dueAt(), view.provisional()));
		events.publishEvent(new AuditEvent("obligation.reschedule", "obligation", String.valueOf(view.id()),
				AuditEvent.Outcome.SUCCESS, before + " -> " + view.dueAt(), "system"));
	}

}
