package io.suretyhub.identity.internal;

import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.AuditEvent.Outcome;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes the audit events of the identity module; call it inside the transaction that did the work. */
@Component
public class AccountAudit {

	static final int MAX_ACTOR = 64;

	private final ApplicationEventPublisher events;

	AccountAudit(ApplicationEventPublisher events) {
		this.events = events;
	}

	/** Something the account's owner did while signing in or out: the owner is the actor. */
	void byOwner(String action, Account account, Outcome outcome, String detail) {
		events.publishEvent(new AuditEvent(action, "account", String.valueOf(account.id()), outcome, detail,
				account.username()));
	}

	void lockedOut(Account account) {
		byOwner("login.lockout", account, Outcome.FAILURE, "locked for " + Account.LOCK_DURATION.toMinutes()
				+ " minutes after " + Account.MAX_FAILURES + " consecutive failures");
	}

	/** Something the signed-in user did to {@code account}: the audit module takes the actor from the request. */
	void bySignedInUser(String action, Account account, String detail) {
		events.publishEvent(AuditEvent.success(action, "account", account.id(), detail));
	}

	/** A failed sign-in: the actor is the name as typed; {@code account} is null for an unknown name. */
	void loginFailed(Account account, String typedUsername, String detail) {
		String id = account == null ? "" : String.valueOf(account.id());
		events.publishEvent(new AuditEvent("login", "account", id, Outcome.FAILURE, detail, truncate(typedUsername)));
	}

	static String truncate(String typed) {
		if (typed == null) {
			return "";
		}
		return typed.length() <= MAX_ACTOR ? typed : typed.substring(0, MAX_ACTOR);
	}

}
