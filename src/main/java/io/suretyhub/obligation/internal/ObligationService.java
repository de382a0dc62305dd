package io.suretyhub.obligation.internal;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import io.suretyhub.obligation.NewObligation;
import io.suretyhub.obligation.ObligationClosed;
import io.suretyhub.obligation.ObligationNotFound;
import io.suretyhub.obligation.ObligationView;
import io.suretyhub.obligation.Obligations;
import io.suretyhub.obligation.Subject;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.Role;
import io.suretyhub.shared.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ObligationService implements Obligations {

	private static final Set<Role> MAY_WAIVE = Set.of(Role.REGION_AUTHORITY, Role.LOCAL_AUTHORITY);

	private static final int MAX_REASON = 500;

	private final ObligationRepository repository;

	private final DeadlineSchedule schedule;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final InboxStore inbox;

	ObligationService(ObligationRepository repository, DeadlineSchedule schedule, ApplicationEventPublisher events,
			Clock clock, InboxStore inbox) {
		this.inbox = inbox;
		this.repository = repository;
		this.schedule = schedule;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public long open(NewObligation request) {
		var existing = repository.findOpened(request.rule(), request.subject().type(), request.subject().id(),
				request.startedAt());
		if (existing.isPresent()) {
			return existing.get().id();
		}
		var stages = schedule.compute(request.area(), request.startedAt(), request.limit());
		var saved = repository.save(Obligation.open(request, stages));
		audit("obligation.open", saved, request.subject() + " " + request.limit() + " due " + stages.dueAt());
		return saved.id();
	}

	@Override
	@Transactional
	public void meet(long obligationId) {
		var obligation = repository.findById(obligationId).orElseThrow(() -> new ObligationNotFound(obligationId));
		meet(obligation);
	}

	@Override
	@Transactional
	public int meet(Subject subject, String rule) {
		int met = 0;
		for (Obligation obligation : repository.findOpen(rule, subject.type(), subject.id())) {
			met += meet(obligation) ? 1 : 0;
		}
		return met;
	}

	private boolean meet(Obligation obligation) {
		if (!obligation.meet(clock.instant())) {
			return false;
		}
		repository.save(obligation);
		audit("obligation.meet", obligation, obligation.rule());
		closed(obligation);
		return true;
	}

	@Override
	@Transactional
	public int announce(Subject subject, String rule) {
		int delivered = 0;
		for (Obligation obligation : repository.findOpen(rule, subject.type(), subject.id())) {
			ObligationView view = obligation.view();
			if (inbox.deliverOpened(view.id(), view.parties().owedBy(), view.dueAt(), clock.instant())) {
				audit("obligation.announce", obligation, "to " + view.parties().owedBy());
				delivered++;
			}
		}
		return delivered;
	}

	@Override
	@Transactional
	public void waive(long obligationId, String reason, AccessScope by) {
		var obligation = repository.findById(obligationId)
			.filter(o -> by.covers(o.area()))
			.orElseThrow(() -> new ObligationNotFound(obligationId));
		if (!MAY_WAIVE.contains(by.role())) {
			throw new RuleViolation(obligation.rule(), "obligation.error.waiveAuthority");
		}
		if (reason != null && reason.strip().length() > MAX_REASON) {
			throw new RuleViolation(obligation.rule(), "obligation.error.reason");
		}
		obligation.waive(reason, clock.instant());
		repository.save(obligation);
		audit("obligation.waive", obligation, obligation.rule());
		closed(obligation);
	}

	private void closed(Obligation obligation) {
		ObligationView view = obligation.view();
		events.publishEvent(new ObligationClosed(view.id(), view.rule(), view.subject(), view.parties(), view.area(),
				view.status(), view.level()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ObligationView> find(long obligationId) {
		return repository.findById(obligationId).map(Obligation::view);
	}

	private void audit(String action, Obligation obligation, String detail) {
		events.publishEvent(AuditEvent.success(action, "obligation", obligation.id(), detail));
	}

}
