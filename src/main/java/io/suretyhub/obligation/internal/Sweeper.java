package io.suretyhub.obligation.internal;

import java.time.Clock;
import java.time.Instant;

import io.suretyhub.obligation.WarningLevel;
import io.suretyhub.shared.AuditEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns due obligations into warnings. Each batch is one transaction that claims rows with
 * {@code FOR UPDATE SKIP LOCKED}, so sweepers on several nodes share the work; the unique constraint on
 * (obligation, level) makes a duplicate warning impossible even if two of them met the same row.
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
		int issued = 0;
		for (DueObligation obligation : claimed) {
			WarningLevel reached = obligation.level();
			for (WarningLevel level : obligation.stages().dueAt(now, reached)) {
				var warning = store.issue(obligation, level, now);
				if (warning.isPresent()) {
					inbox.deliverWarning(obligation.id(), warning.get(), level.name(), obligation.parties(),
							obligation.area(), obligation.stages().dueAt(), now);
					events.publishEvent(obligation.event(level));
					events.publishEvent(new AuditEvent("obligation.warning", "obligation", String.valueOf(obligation.id()),
							AuditEvent.Outcome.SUCCESS, obligation.rule() + " " + level, "system"));
					issued++;
				}
				reached = level;
			}
			store.advance(obligation.id(), reached, obligation.stages().nextAfter(reached));
		}
		return new Batch(claimed.size(), issued);
	}

	private record Batch(int claimed, int issued) {
	}

}
