package io.suretyhub.audit;

import io.suretyhub.shared.AuditEvent;

/**
 * The append-only, hash-chained audit trail. Most modules never call it: they publish an
 * {@link AuditEvent} and the trail records it when their transaction commits.
 */
public interface AuditTrail {

	/**
	 * Appends a record for {@code event} with the current actor (the signed-in user, else the event's
	 * actor, else {@code anonymous} inside a web request or {@code system} outside one) and the
	 * request's source address. Joins the caller's transaction, so the record exists exactly when that
	 * transaction commits; outside a transaction (or inside a read-only one) it commits on its own.
	 * Appends are serialised across application nodes, so the chain never forks: the chain's lock is
	 * held until the caller's transaction ends, so append last (or publish the event, which appends
	 * just before the commit).
	 * @return the record as stored, with its sequence number and hash
	 */
	AuditRecord append(AuditEvent event);

	/**
	 * Walks the whole chain in sequence order, in batches, on one consistent snapshot.
	 * @return intact with the number of records, or the first record found altered, removed or inserted
	 */
	ChainVerification verify();

}
