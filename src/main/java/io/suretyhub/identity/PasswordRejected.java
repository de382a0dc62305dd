package io.suretyhub.identity;

import java.util.List;

/**
 * A password does not satisfy the password policy (at least 10 characters, three of upper case, lower
 * case, digits and symbols, not containing the username).
 */
public class PasswordRejected extends RuntimeException {

	private final List<String> reasons;

	public PasswordRejected(List<String> reasons) {
		super("Password rejected: " + reasons);
		this.reasons = List.copyOf(reasons);
	}

	/** Message keys (bundle {@code i18n/identity}) naming each reason, e.g. {@code identity.password.too-short}. */
	public List<String> reasons() {
		return reasons;
	}

}
