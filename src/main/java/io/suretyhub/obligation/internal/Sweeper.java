package io.suretyhub.obligation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.suretyhub.obligation.WarningLevel;
import io.suretyhub.shared.AuditEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns due obligations into warnings. Each batch is one transaction of a few set-based statements: it
 * claims rows with {@code FOR NO KEY UPDATE SKIP LOCKED}, so sweepers on several nodes share the work, inserts
 * all their warnings at once (the unique constraint on (obligation, level) makes a duplicate impossible
 * even if two sweepers met the same row), delivers the inbox notices of the warnings it created, advances
 * the rows, and only then publishes one event and one audit event per warning created.
 */
@Component
public class Sweeper {

	/** Bounds one sweep so that a node returns to its schedule; the next sweep picks up the rest. */
	private static final int MAX_BATCHES = 1000;

	private final SweepStore store;

	private final InboxStore inbox;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final ObligationSettings settings;

	private final Clock clock;

	Sweeper(SweepStore store, InboxStore inbox, ApplicationEventPublisher events,
			PlatformTransactionManager transactionManager, ObligationSettings settings, Clock clock) {
		this.store = store;
		this.inbox = inbox;
		this.events = events;
		this.transactions = new TransactionTemplate(transactionManager);
		this.settings = settings;
		this.clock = clock;
	}

	/** Issues every warning due now; answers how many this call issued. */
	public int sweep() {
		Instant now = clock.instant();
		int batchSize = settings.sweeper().batchSize();
		int issued = 0;
		for (int batch = 0; batch < MAX_BATCHES; batch++) {
			Batch result = transactions.execute(status -> sweepBatch(now, batchSize));
			issued += result.issued();
			if (result.claimed() < batchSize) {
				break;
			}
		}
		return issued;
	}

	private Batch sweepBatch(Instant now, int batchSize) {
		var claimed = store.claim(now, batchSize);
		List<SweepStore.Warning> due = new ArrayList<>();
		List<SweepStore.Reached> reached = new ArrayList<>(claimed.size());
		for (DueObligation obligation : claimed) {
			WarningLevel level = obligation.level();
			for (WarningLevel next : obligation.stages().dueAt(now, level)) {
				due.add(new SweepStore.Warning(obligation, next));
				level = next;
			}
			reached.add(new SweepStore.Reached(obligation.id(), level, obligation.stages().nextAfter(level)));
		}
		var issued = store.issue(due, now);
		inbox.deliverWarnings(issued, now);
		store.advance(reached);
		for (SweepStore.Issued warning : issued) {
			DueObligation obligation = warning.obligation();
			events.publishEvent(obligation.event(warning.level()));
			events.publishEvent(new AuditEvent("obligation.warning", "obligation", String.valueOf(obligation.id()),
					AuditEvent.Outcome.SUCCESS, obligation.rule() + " " + warning.level(), "system"));
		}
		return new Batch(claimed.size(), issued.size());
	}

	private record Batch(int claimed, int issued) {
	}

}
