package io.suretyhub.identity.security;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.suretyhub.identity.internal.Account;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in principal: who it is and the {@link AccessScope} every query filters by. Templates may
 * read {@code #authentication.principal.displayName}.
 */
public final class SignedInAccount implements UserDetails, CredentialsContainer, AccessScope.Holder, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String displayName;

	private final Role role;

	private final long organisationId;

	private final String areaCode;

	private final boolean enabled;

	private final boolean locked;

	private String passwordHash;

	SignedInAccount(Account account, Instant now) {
		this.id = account.id();
		this.username = account.username();
		this.displayName = account.displayName();
		this.role = account.role();
		this.organisationId = account.organisationId();
		this.areaCode = account.areaCode();
		this.enabled = account.enabled();
		this.locked = account.isLocked(now);
		this.passwordHash = account.passwordHash();
	}

	@Override
	public AccessScope scope() {
		return new AccessScope(id, username, organisationId, AreaCode.of(areaCode), role);
	}

	public long getId() {
		return id;
	}

	public String getDisplayName() {
		return displayName;
	}

	public Role getRole() {
		return role;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInAccount that && that.id == id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(id);
	}

	@Override
	public String toString() {
		return "SignedInAccount[" + id + ", " + username + ", " + role + "]";
	}

}
