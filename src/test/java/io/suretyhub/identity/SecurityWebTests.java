package io.suretyhub.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.suretyhub.shared.Role;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.http.MediaType;

class SecurityWebTests extends IdentityTestSupport {

	@Test
	@DisplayName("Security headers: CSP, no framing, nosniff, referrer and permissions policies")
	void securityHeadersPresent() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("default-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", containsString("img-src 'self' data:")))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andExpect(header().string("Permissions-Policy", containsString("camera=()")));
	}

	@Test
	@DisplayName("The login page is Chinese by default and English with ?lang=en")
	void loginPageInBothLanguages() throws Exception {
		mvc.perform(get("/login")).andExpect(content().string(containsString("用户名")));
		mvc.perform(get("/login").param("lang", "en")).andExpect(content().string(containsString("Username")));
	}

	@Test
	@DisplayName("A form or API POST without CSRF token is refused with 403")
	void csrfMissingIsForbidden() throws Exception {
		mvc.perform(post("/login").param("username", "x").param("password", "y")).andExpect(status().isForbidden());
		var session = signIn(newAccount(Role.CONTRACTOR));
		mvc.perform(post("/api/v1/anything").with(session).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/account/password").with(session).param("current", PASSWORD))
			.andExpect(status().isForbidden());
		mvc.perform(post("/account/password").with(session).param("current", PASSWORD).with(csrf()))
			.andExpect(status().isOk());
	}

	@Test
	@DisplayName("Without sign-in an API call gets 401 JSON, a page redirects to /login, health is open")
	void unauthenticatedAccess() throws Exception {
		mvc.perform(get("/api/v1/projects"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401));
		mvc.perform(get("/account/password")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/prometheus")).andExpect(redirectedUrl("/login"));
	}

	@Test
	@DisplayName("Metrics: refused to a contractor, served to a system administrator who passed the second factor")
	void prometheusOnlyForSystemAdmin() throws Exception {
		var contractor = signIn(newAccount(Role.CONTRACTOR));
		mvc.perform(get("/actuator/prometheus").with(contractor)).andExpect(status().isForbidden());

		String admin = newAccount(Role.SYSTEM_ADMIN);
		var halfSignedIn = signIn(admin);
		mvc.perform(get("/actuator/prometheus").with(halfSignedIn))
			.andExpect(header().string("Location", containsString("/login/totp")));
		var session = signInEnrolling(admin).visitor();
		mvc.perform(get("/actuator/prometheus").with(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("jvm_")));
	}

}
