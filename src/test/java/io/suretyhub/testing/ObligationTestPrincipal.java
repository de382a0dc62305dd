package io.suretyhub.testing;

import java.util.Collection;
import java.util.List;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in account for the calendar and obligation tests: {@code .with(user(principal))}. */
public record ObligationTestPrincipal(AccessScope scope) implements UserDetails, AccessScope.Holder {

	public static ObligationTestPrincipal of(long organisationId, String area, Role role) {
		String username = role.name().toLowerCase() + "-" + area + "-" + organisationId;
		return new ObligationTestPrincipal(new AccessScope(organisationId, username, organisationId, AreaCode.of(area), role));
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(scope.role().authority()));
	}

	@Override
	public String getPassword() {
		return "";
	}

	@Override
	public String getUsername() {
		return scope.username();
	}

}
