package io.suretyhub.identity.internal;

import java.time.Clock;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores a new account (the password already checked against the policy) and audits it. */
@Service
public class NewAccounts {

	private final AccountRepository accounts;

	private final PasswordEncoder encoder;

	private final AccountAudit audit;

	private final Clock clock;

	NewAccounts(AccountRepository accounts, PasswordEncoder encoder, AccountAudit audit, Clock clock) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public long open(String username, String displayName, String password, Role role, long organisationId,
			AreaCode area) {
		if (accounts.existsByUsername(username)) {
			throw new IllegalArgumentException("The username " + username + " is taken");
		}
		Account account = accounts.save(Account.open(username, displayName, encoder.encode(password), role,
				organisationId, area, clock.instant()));
		audit.bySignedInUser("account.create", account, role.name());
		return account.id();
	}

}
