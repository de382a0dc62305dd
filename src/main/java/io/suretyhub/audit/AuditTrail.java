package io.suretyhub.audit;

import java.util.List;

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
	 * Appends one record per event, in order, as {@link #append(AuditEvent)} would one after the other,
	 * but under one lock of the chain's head and as one batch of rows.
	 * @return the records as stored, in the order of {@code events}
	 */
	List<AuditRecord> appendAll(List<AuditEvent> events);

	/**
	 * Walks the whole chain in sequence order, in batches, on one consistent snapshot.
	 * @return intact with the number of records, or the first record found altered, removed or inserted
	 */
	ChainVerification verify();

}
