package io.suretyhub.demo;

import java.util.ArrayList;
import java.util.List;

import io.suretyhub.identity.Accounts;
import io.suretyhub.identity.NewAccount;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;

/** Opens the demo logins, each with the configured or a freshly generated password, and remembers them. */
class DemoAccounts {

	private final Accounts accounts;

	private final String password;

	private final List<DemoLogin> opened = new ArrayList<>();

	DemoAccounts(Accounts accounts, String password) {
		this.accounts = accounts;
		this.password = password;
	}

	void open(String username, String displayName, Role role, long organisationId, String area) {
		String secret = password.isBlank() ? accounts.generatePassword() : password;
		accounts.register(new NewAccount(username, displayName, secret, role, organisationId, AreaCode.of(area)));
		opened.add(new DemoLogin(username, secret, role, displayName));
	}

	/** The scope of a demo login opened before, to act as it. */
	AccessScope scope(String username) {
		return accounts.findScope(username).orElseThrow();
	}

	List<DemoLogin> opened() {
		return List.copyOf(opened);
	}

}
