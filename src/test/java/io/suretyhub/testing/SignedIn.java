package io.suretyhub.testing;

import java.util.List;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A signed-in principal for MockMvc tests. {@link #as} gives the {@link Authentication}; {@link #request}
 * also puts it into the security context for tests that run without the security filters.
 */
public final class SignedIn {

	private SignedIn() {
	}

	record Principal(AccessScope scope) implements AccessScope.Holder {
	}

	public static RequestPostProcessor request(Role role, long organisationId) {
		return request -> {
			SecurityContextHolder.getContext().setAuthentication(as(role, organisationId));
			return request;
		};
	}

	public static Authentication as(Role role, long organisationId) {
		var scope = new AccessScope(organisationId * 10, "user" + organisationId, organisationId, AreaCode.of("650000"),
				role);
		return new UsernamePasswordAuthenticationToken(new Principal(scope), null,
				List.of(new SimpleGrantedAuthority(role.authority())));
	}

}
