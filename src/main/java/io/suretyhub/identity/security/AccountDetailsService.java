package io.suretyhub.identity.security;

import java.time.Clock;
import java.util.Locale;

import io.suretyhub.identity.internal.AccountRepository;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Loads the account that is signing in; a locked account (by the injected clock) is refused. */
class AccountDetailsService implements UserDetailsService {

	private final AccountRepository accounts;

	private final Clock clock;

	AccountDetailsService(AccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public SignedInAccount loadUserByUsername(String username) {
		return accounts.findByUsername(username.trim().toLowerCase(Locale.ROOT))
			.map(account -> new SignedInAccount(account, clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

}
