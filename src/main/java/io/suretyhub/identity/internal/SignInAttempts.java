package io.suretyhub.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import io.suretyhub.shared.AuditEvent.Outcome;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the outcome of the password step: failures count towards the lockout, a success of an account
 * without second factor completes the sign-in (and resets the count).
 */
@Service
public class SignInAttempts {

	private final AccountRepository accounts;

	private final AccountAudit audit;

	private final Clock clock;

	SignInAttempts(AccountRepository accounts, AccountAudit audit, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public void failed(String typedUsername) {
		String username = typedUsername == null ? "" : typedUsername.trim().toLowerCase(Locale.ROOT);
		accounts.lockByUsername(username).ifPresentOrElse(account -> failed(account, typedUsername),
				() -> audit.loginFailed(null, typedUsername, "unknown username"));
	}

	private void failed(Account account, String typedUsername) {
		Instant now = clock.instant();
		if (account.isLocked(now)) {
			audit.loginFailed(account, typedUsername, "account locked");
			return;
		}
		if (!account.enabled()) {
			audit.loginFailed(account, typedUsername, "account disabled");
			return;
		}
		boolean lockedNow = account.recordFailure(now);
		accounts.save(account);
		audit.loginFailed(account, typedUsername, "wrong password");
		if (lockedNow) {
			audit.lockedOut(account);
		}
	}

	/** The password was right and the account needs no second factor: it is signed in. */
	@Transactional
	public void completed(long accountId) {
		Account account = accounts.lockById(accountId).orElseThrow();
		account.recordSuccess();
		accounts.save(account);
		audit.byOwner("login", account, Outcome.SUCCESS, "password");
	}

	/** The account signed out (or its session was ended). */
	@Transactional
	public void signedOut(long accountId) {
		accounts.findById(accountId).ifPresent(account -> audit.byOwner("logout", account, Outcome.SUCCESS, ""));
	}

}
