package io.suretyhub.identity;

import java.util.List;
import java.util.Optional;

import io.suretyhub.identity.internal.AccountRepository;
import io.suretyhub.identity.internal.NewAccounts;
import io.suretyhub.identity.internal.PasswordPolicy;
import io.suretyhub.shared.AccessScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts as other modules see them: open one, make a password for it, read its scope. */
@Service
public class Accounts {

	private final NewAccounts newAccounts;

	private final AccountRepository repository;

	private final PasswordPolicy policy;

	Accounts(NewAccounts newAccounts, AccountRepository repository, PasswordPolicy policy) {
		this.newAccounts = newAccounts;
		this.repository = repository;
		this.policy = policy;
	}

	/**
	 * Opens an account with the given password, stored as a BCrypt hash. Accounts of every role but
	 * {@link io.suretyhub.shared.Role#CONTRACTOR} enrol their second factor at their first sign-in.
	 *
	 * @return the new account's id
	 * @throws PasswordRejected when the password does not satisfy the password policy
	 * @throws IllegalArgumentException when the username is taken
	 */
	@Transactional
	public long register(NewAccount account) {
		List<String> reasons = policy.check(account.username(), account.password());
		if (!reasons.isEmpty()) {
			throw new PasswordRejected(reasons);
		}
		return newAccounts.open(account.username(), account.displayName(), account.password(), account.role(),
				account.organisationId(), account.area());
	}

	/** A random password (16 characters, all four character classes) that satisfies the password policy. */
	public String generatePassword() {
		return policy.generate();
	}

	/** Whether an account with this username exists. */
	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return repository.existsByUsername(username);
	}

	/** The scope (id, organisation, area, role) of the account with this username, if there is one. */
	@Transactional(readOnly = true)
	public Optional<AccessScope> findScope(String username) {
		return repository.findByUsername(username).map(account -> account.scope());
	}

}
