package io.suretyhub.audit.internal;

import io.suretyhub.audit.AuditTrail;
import io.suretyhub.shared.AuditEvent;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Records every {@link AuditEvent} synchronously, in the publisher's thread (so the signed-in user and
 * the request are at hand) and in the publisher's transaction, just before it commits: the record
 * exists exactly when the change does, and the chain's head stays locked only for the moment of the
 * commit rather than for the rest of the publisher's work. An event published outside any
 * transaction (a failed login) is recorded at once in a transaction of its own. Not a Modulith
 * outbox listener (those run after commit): a change must never commit without its record.
 */
@Component
class AuditEventRecorder {

	private final AuditTrail trail;

	AuditEventRecorder(AuditTrail trail) {
		this.trail = trail;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(AuditEvent event) {
		trail.append(event);
	}

}
