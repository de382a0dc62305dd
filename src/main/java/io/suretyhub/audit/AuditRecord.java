package io.suretyhub.audit;

import java.time.Instant;

import io.suretyhub.shared.AuditEvent.Outcome;

/**
 * One stored audit record.
 *
 * @param sequence position in the chain, 1, 2, 3… without gaps
 * @param occurredAt when it was appended (microsecond precision)
 * @param actor the signed-in username, the event's actor, {@code anonymous} or {@code system}
 * @param sourceAddress the client's IP address, or {@code null} outside a web request
 * @param action what happened, e.g. {@code login}
 * @param objectType the kind of object acted on; may be {@code null}
 * @param objectId the object's id; may be {@code null}
 * @param outcome success, failure or denied
 * @param detail a short description without personal data; may be {@code null}
 * @param previousHash the hash of record {@code sequence - 1} (64 zeros for the first)
 * @param hash SHA-256 (hex) over the canonical encoding of all the fields above
 */
public record AuditRecord(long sequence, Instant occurredAt, String actor, String sourceAddress, String action,
		String objectType, String objectId, Outcome outcome, String detail, String previousHash, String hash) {

	/** The previous hash of the first record. */
	public static final String GENESIS_HASH = "0".repeat(64);

}
