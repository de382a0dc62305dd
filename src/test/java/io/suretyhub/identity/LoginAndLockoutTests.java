package io.suretyhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.AuditEvent.Outcome;
import io.suretyhub.shared.Role;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LoginAndLockoutTests extends IdentityTestSupport {

	static final String SAME_MESSAGE = "用户名或密码错误，或账号已被暂时锁定";

	@Test
	@DisplayName("Five wrong passwords lock an account for 15 minutes; then the right password works again")
	void lockoutAfterFiveFailuresForFifteenMinutes() throws Exception {
		String username = newAccount(Role.CONTRACTOR);
		failFiveTimes(username);
		assertThat(events.stream(AuditEvent.class).filter(e -> e.action().equals("login.lockout"))).hasSize(1);

		assertThat(postLogin(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		clock.advance(Duration.ofMinutes(14).plusSeconds(59));
		assertThat(postLogin(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		clock.advance(Duration.ofSeconds(1));
		assertThat(postLogin(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	@DisplayName("Unknown user, wrong password and locked account get exactly the same answer")
	void sameAnswerForUnknownUserWrongPasswordAndLockedAccount() throws Exception {
		String locked = newAccount(Role.CONTRACTOR);
		failFiveTimes(locked);
		String unknown = postLogin("nobody-" + System.nanoTime(), PASSWORD).getResponse().getRedirectedUrl();
		String wrong = postLogin(newAccount(Role.CONTRACTOR), "Wrong-password-1").getResponse().getRedirectedUrl();
		String lockedAnswer = postLogin(locked, PASSWORD).getResponse().getRedirectedUrl();
		assertThat(unknown).isEqualTo(wrong).isEqualTo(lockedAnswer).isEqualTo("/login?error");

		mvc.perform(get(unknown)).andExpect(status().isOk()).andExpect(content().string(
				org.hamcrest.Matchers.containsString(SAME_MESSAGE)));
		mvc.perform(get("/login?error&lang=en")).andExpect(content().string(
				org.hamcrest.Matchers.containsString("Wrong username or password, or the account is temporarily locked")));
	}

	@Test
	@DisplayName("A failed login is audited with the name as typed, cut to 64 characters")
	void failedLoginAuditedWithTypedName() throws Exception {
		String typed = "Somebody-" + "x".repeat(80);
		postLogin(typed, PASSWORD);
		assertThat(events.stream(AuditEvent.class)).singleElement().satisfies(event -> {
			assertThat(event.action()).isEqualTo("login");
			assertThat(event.outcome()).isEqualTo(Outcome.FAILURE);
			assertThat(event.actor()).isEqualTo(typed.substring(0, 64));
		});
	}

	@Test
	@DisplayName("A successful login resets the failure count")
	void successResetsTheCounter() throws Exception {
		String username = newAccount(Role.CONTRACTOR);
		for (int i = 0; i < 4; i++) {
			postLogin(username, "Wrong-password-1");
		}
		assertThat(postLogin(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
		for (int i = 0; i < 4; i++) {
			postLogin(username, "Wrong-password-1");
		}
		assertThat(postLogin(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(events.stream(AuditEvent.class).filter(e -> e.action().equals("login.lockout"))).isEmpty();
		assertThat(events.stream(AuditEvent.class)
			.filter(e -> e.action().equals("login") && e.outcome() == Outcome.SUCCESS)).hasSize(2);
	}

	@Test
	@DisplayName("A contractor needs no second factor; its session expires after 30 idle minutes")
	void contractorSignsInWithPasswordOnly() throws Exception {
		String username = newAccount(Role.CONTRACTOR);
		var session = signIn(username);
		assertThat(storedIdleSeconds(session)).hasValue(1800);
		mvc.perform(get("/account/password").with(session)).andExpect(status().isOk());
	}

	@Test
	@DisplayName("Signing out is audited and ends the session")
	void logout() throws Exception {
		String username = newAccount(Role.CONTRACTOR);
		var session = signIn(username);
		var stored = session.sessionId();
		var out = perform(session, post("/logout").with(csrf()));
		assertThat(out.getResponse().getRedirectedUrl()).isEqualTo("/login?logout");
		assertThat(session.sessionId()).isNull();
		assertThat(jdbc.sql("select count(*) from spring_session where session_id = ?").param(stored)
			.query(Integer.class).single()).isZero();
		assertThat(events.stream(AuditEvent.class).filter(e -> e.action().equals("logout"))).singleElement()
			.satisfies(e -> assertThat(e.actor()).isEqualTo(username));
	}

}
