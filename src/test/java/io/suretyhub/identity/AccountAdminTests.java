package io.suretyhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.Role;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;


class AccountAdminTests extends IdentityTestSupport {

	@Test
	@DisplayName("The account list shows accounts but never hashes or secrets, and only to the administrators")
	void listWithoutSecrets() throws Exception {
		String enrolled = newAccount(Role.LOCAL_AUTHORITY);
		signInEnrolling(enrolled);
		Visitor admin = signInEnrolling(newAccount(Role.SYSTEM_ADMIN)).visitor();
		String page = mvc.perform(get("/admin/accounts").with(admin))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(enrolled).doesNotContain("{bcrypt}").doesNotContain("$2a$");

		mvc.perform(get("/admin/accounts").with(signIn(newAccount(Role.CONTRACTOR)))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/accounts").with(signInEnrolling(newAccount(Role.AUDIT_ADMIN)).visitor()))
			.andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("A security administrator unlocks a locked account (audited); it can sign in again at once")
	void securityAdminUnlocks() throws Exception {
		String locked = newAccount(Role.CONTRACTOR);
		failFiveTimes(locked);
		assertThat(postLogin(locked, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		Visitor admin = signInEnrolling(newAccount(Role.SECURITY_ADMIN)).visitor();
		long id = accounts.findScope(locked).orElseThrow().accountId();

		mvc.perform(post("/admin/accounts/{id}/unlock", id).with(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"));
		assertThat(events.stream(AuditEvent.class).filter(e -> e.action().equals("account.unlock")))
			.singleElement().satisfies(e -> assertThat(e.objectId()).isEqualTo(String.valueOf(id)));
		assertThat(postLogin(locked, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	@DisplayName("After a reset of its second factor an account enrols a new one at its next sign-in")
	void resetSecondFactor() throws Exception {
		String user = newAccount(Role.INSURER_STAFF);
		signInEnrolling(user);
		Visitor admin = signInEnrolling(newAccount(Role.SYSTEM_ADMIN)).visitor();
		long id = accounts.findScope(user).orElseThrow().accountId();

		mvc.perform(post("/admin/accounts/{id}/second-factor/reset", id).with(admin).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"));
		assertThat(events.stream(AuditEvent.class).map(AuditEvent::action)).contains("second-factor.reset");
		mvc.perform(get("/login/totp").with(signIn(user))).andExpect(redirectedUrl("/login/totp/enrol"));
	}

	@Test
	@DisplayName("An unknown account id answers 404")
	void unknownAccountIsNotFound() throws Exception {
		Visitor admin = signInEnrolling(newAccount(Role.SECURITY_ADMIN)).visitor();
		mvc.perform(post("/admin/accounts/{id}/unlock", Long.MAX_VALUE).with(admin).with(csrf()))
			.andExpect(status().isNotFound());
	}

}
