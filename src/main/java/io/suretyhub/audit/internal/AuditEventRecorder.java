package io.suretyhub.audit.internal;

import java.util.ArrayList;
import java.util.List;

import io.suretyhub.audit.AuditTrail;
import io.suretyhub.shared.AuditEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records every {@link AuditEvent} synchronously, in the publisher's thread (so the signed-in user and
 * the request are at hand) and in the publisher's transaction, just before it commits: the record
 * exists exactly when the change does, and the chain's head stays locked only for the moment of the
 * commit rather than for the rest of the publisher's work. The events of one transaction are appended
 * together, in the order published (one lock of the head, one batch of rows), so a job that changes a
 * thousand rows does not pay a thousand round trips. An event published outside any transaction (a
 * failed login), or after its transaction's records were written, is recorded at once. Not a Modulith
 * outbox listener (those run after commit): a change must never commit without its record.
 */
@Component
class AuditEventRecorder {

	private final AuditTrail trail;

	AuditEventRecorder(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(AuditEvent event) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()
				|| !TransactionSynchronizationManager.isActualTransactionActive()) {
			trail.append(event);
			return;
		}
		Pending pending = TransactionSynchronizationManager.getSynchronizations()
			.stream()
			.filter(Pending.class::isInstance)
			.map(Pending.class::cast)
			.findFirst()
			.orElse(null);
		if (pending == null) {
			pending = new Pending();
			TransactionSynchronizationManager.registerSynchronization(pending);
		}
		pending.add(event);
	}

	/** The events of one transaction not yet recorded; belongs to that transaction's synchronizations. */
	private final class Pending implements TransactionSynchronization {

		private final List<AuditEvent> events = new ArrayList<>();

		private boolean written;

		void add(AuditEvent event) {
			if (written) {
				trail.append(event);
			}
			else {
				events.add(event);
			}
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			written = true;
			trail.appendAll(events);
		}

		@Override
		public int getOrder() {
			return LOWEST_PRECEDENCE;
		}

	}

}
