package io.suretyhub.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.suretyhub.shared.AuditEvent.Outcome;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in user changes their own password: the current one, then the new one twice. */
@Service
public class PasswordChange {

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final PasswordPolicy policy;

	private final AccountAudit audit;

	private final Clock clock;

	PasswordChange(AccountRepository accounts, PasswordEncoder encoder, PasswordPolicy policy, AccountAudit audit,
			Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.policy = policy;
		this.audit = audit;
		this.clock = clock;
	}

	/** Changes the password, or answers the message keys of why it was refused. */
	@Transactional
	public List<String> change(long accountId, String current, String replacement, String repeated) {
		Account account = accounts.lockById(accountId).orElseThrow();
		if (current == null || !encoder.matches(current, account.passwordHash())) {
			audit.byOwner("password.change", account, Outcome.FAILURE, "wrong current password");
			return List.of("identity.password.wrong-current");
		}
		var reasons = new ArrayList<>(policy.check(account.username(), replacement));
		if (replacement != null && !replacement.equals(repeated)) {
			reasons.add("identity.password.mismatch");
		}
		if (replacement != null && replacement.equals(current)) {
			reasons.add("identity.password.unchanged");
		}
		if (!reasons.isEmpty()) {
			return reasons;
		}
		account.changePassword(encoder.encode(replacement), clock.instant());
		accounts.save(account);
		audit.byOwner("password.change", account, Outcome.SUCCESS, "");
		return List.of();
	}

}
