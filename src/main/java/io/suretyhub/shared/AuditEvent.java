package io.suretyhub.shared;

/**
 * Published (as a Spring application event, inside the transaction that did the work) for everything
 * the audit trail must record: logins, every state change, every display of unmasked personal data.
 * The audit module appends it with the actor and address of the current request.
 *
 * @param action what happened, a stable key such as {@code login}, {@code organisation.create}
 * @param objectType the kind of object, e.g. {@code account}, {@code project}; may be empty
 * @param objectId the object's id; may be empty
 * @param outcome {@code SUCCESS}, {@code FAILURE} or {@code DENIED}
 * @param detail a short description without personal data
 * @param actor who acted when there is no signed-in user yet (a failed login); else {@code null}
 */
public record AuditEvent(String action, String objectType, String objectId, Outcome outcome, String detail,
		String actor) {

	public enum Outcome {

		SUCCESS, FAILURE, DENIED

	}

	public static AuditEvent success(String action, String objectType, Object objectId, String detail) {
		return new AuditEvent(action, objectType, String.valueOf(objectId), Outcome.SUCCESS, detail, null);
	}

}
