package io.suretyhub.identity;

import java.util.regex.Pattern;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;

/**
 * What it takes to open an account.
 *
 * @param username the login name: 3 to 64 lower-case letters, digits, {@code .}, {@code _} or {@code -}
 * @param displayName the name shown on pages
 * @param password the initial password in clear; it must satisfy the password policy
 * @param role what the account may do
 * @param organisationId the organisation the account belongs to
 * @param area the organisation's area; the region (e.g. 650000) for region-wide roles
 */
public record NewAccount(String username, String displayName, String password, Role role, long organisationId,
		AreaCode area) {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");

	public NewAccount {
		if (username == null || !USERNAME.matcher(username).matches()) {
			throw new IllegalArgumentException("A username has 3 to 64 of a-z 0-9 . _ - : " + username);
		}
		if (displayName == null || displayName.isBlank() || displayName.length() > 128) {
			throw new IllegalArgumentException("A display name has 1 to 128 characters");
		}
		if (password == null || role == null || area == null) {
			throw new IllegalArgumentException("Password, role and area are required");
		}
		if (regionWide(role) && !area.isRegion()) {
			throw new IllegalArgumentException(role + " works region-wide; its area is a region code, not " + area);
		}
	}

	private static boolean regionWide(Role role) {
		return role == Role.REGION_AUTHORITY || role == Role.SYSTEM_ADMIN || role == Role.SECURITY_ADMIN
				|| role == Role.AUDIT_ADMIN;
	}

	@Override
	public String toString() {
		return "NewAccount[" + username + ", " + role + ", organisation " + organisationId + ", " + area + "]";
	}

}
