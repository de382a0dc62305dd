package io.suretyhub.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.suretyhub.audit.AuditIntegrationTest;
import io.suretyhub.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.ExtendedModelMap;

/**
 * The page and the API carry {@code @PreAuthorize("hasRole('AUDIT_ADMIN')")}. Method security itself is
 * switched on by the identity module; here the controllers are wrapped in Spring Security's own
 * pre-authorisation interceptor so that the rule is exercised, not just present.
 */
@AuditIntegrationTest
class AuditAuthorisationTests {

	@Autowired
	AuditController page;

	@Autowired
	AuditApiController api;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = "AUDIT_ADMIN", mode = EnumSource.Mode.EXCLUDE)
	@DisplayName("Every role but the audit administrator is refused the audit page and API")
	void othersAreRefused(Role role) {
		signIn(role);

		assertThatThrownBy(() -> guarded(page).verify(new ExtendedModelMap()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> guarded(api).verification()).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	@DisplayName("The audit administrator is let through")
	void auditAdminPasses() {
		signIn(Role.AUDIT_ADMIN);

		assertThat(guarded(page).verify(new ExtendedModelMap())).isEqualTo("audit/verification :: result");
		assertThat(guarded(api).verification()).isNotNull();
	}

	private static void signIn(Role role) {
		SecurityContextHolder.getContext().setAuthentication(AuditPageTests.account(role));
	}

	@SuppressWarnings("unchecked")
	private static <T> T guarded(T controller) {
		var factory = new ProxyFactory(controller);
		factory.setProxyTargetClass(true);
		factory.addAdvisor(AuthorizationManagerBeforeMethodInterceptor.preAuthorize());
		return (T) factory.getProxy();
	}

}
