package io.suretyhub.testing;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Signed-in users for MockMvc tests: {@code mvc.perform(get("/projects").with(as(scope)))}. The
 * principal implements {@link AccessScope.Holder}, as the real one does, so controllers receive the
 * scope as their {@link AccessScope} argument.
 */
public final class TestPrincipals {

	private static final AtomicLong ACCOUNTS = new AtomicLong(1_000_000);

	private TestPrincipals() {
	}

	/** A scope for a new test account of {@code role} in organisation {@code organisationId} at {@code area}. */
	public static AccessScope scope(Role role, long organisationId, String area) {
		long account = ACCOUNTS.incrementAndGet();
		return new AccessScope(account, role.name().toLowerCase() + "-" + account, organisationId, AreaCode.of(area), role);
	}

	/** Signs the request in as the holder of {@code scope}. */
	public static RequestPostProcessor as(AccessScope scope) {
		return SecurityMockMvcRequestPostProcessors.user(new Principal(scope));
	}

	/** A signed-in test user: its authority is its role. */
	public record Principal(AccessScope scope) implements UserDetails, AccessScope.Holder {

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

}
