package io.suretyhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import io.suretyhub.identity.internal.Totp;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.AuditEvent.Outcome;
import io.suretyhub.shared.Role;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultMatcher;

class SecondFactorTests extends IdentityTestSupport {

	static final ResultMatcher SECOND_FACTOR_PROMPT = header().string("Location",
			Matchers.matchesRegex("/login/totp(\\?.*)?"));

	@Test
	@DisplayName("After the password an authority reaches nothing but the second-factor pages")
	void authorityIsOnlyHalfSignedInAfterThePassword() throws Exception {
		Visitor session = signIn(newAccount(Role.LOCAL_AUTHORITY));
		mvc.perform(get("/login/totp").with(session)).andExpect(redirectedUrl("/login/totp/enrol"));
		mvc.perform(get("/account/password").with(session)).andExpect(SECOND_FACTOR_PROMPT);
		mvc.perform(get("/admin/accounts").with(session)).andExpect(SECOND_FACTOR_PROMPT);
		mvc.perform(get("/api/v1/anything").with(session)).andExpect(status().isUnauthorized());
		String page = mvc.perform(get("/login/totp/enrol").with(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).as("no navigation before the second factor").doesNotContain("href=\"/projects\"");
	}

	@Test
	@DisplayName("Enrolment end to end: QR code and secret, a first code confirms it and completes the sign-in")
	void enrolmentEndToEnd() throws Exception {
		String username = newAccount(Role.INSURER_STAFF);
		Visitor session = signIn(username);
		String halfSignedInId = session.sessionId();
		var page = mvc.perform(get("/login/totp/enrol").with(session)).andExpect(status().isOk()).andReturn();
		String shownSecret = (String) page.getModelAndView().getModel().get("secret");
		assertThat(page.getResponse().getContentAsString()).contains(shownSecret)
			.contains("src=\"data:image/png;base64,");
		assertThat(shownSecret).matches("([A-Z2-7]{4} ){7}[A-Z2-7]{4}");

		byte[] secret = io.suretyhub.identity.internal.Base32.decode(shownSecret);
		mvc.perform(get("/login/totp/enrol").with(session)).andExpect(status().isOk());
		var confirmed = postCode("/login/totp/enrol", session, currentCode(secret));
		assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/");
		assertThat(session.sessionId()).isNotEqualTo(halfSignedInId);
		mvc.perform(get("/account/password").with(session)).andExpect(status().isOk());
		mvc.perform(get("/login/totp/enrol").with(session)).andExpect(redirectedUrl("/"));

		assertThat(events.stream(AuditEvent.class).map(AuditEvent::action)).contains("second-factor.enrol", "login");
		byte[] stored = jdbc.sql("select totp_secret from account where username = ?").param(username)
			.query(byte[].class).single();
		assertThat(stored).hasSize(12 + secret.length + 16);
		assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
			.doesNotContain(new String(secret, java.nio.charset.StandardCharsets.ISO_8859_1));
	}

	@Test
	@DisplayName("A wrong code is refused and the account stays half signed in")
	void wrongCodeRefused() throws Exception {
		String username = newAccount(Role.REGION_AUTHORITY);
		byte[] secret = signInEnrolling(username).secret();
		Visitor session = signIn(username);
		clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
		String wrong = String.format("%06d", (Integer.parseInt(currentCode(secret)) + 1) % 1_000_000);
		var refused = postCode("/login/totp", session, wrong);
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		assertThat(refused.getResponse().getContentAsString()).contains("id=\"code-error\"");
		mvc.perform(get("/account/password").with(session)).andExpect(SECOND_FACTOR_PROMPT);
		assertThat(events.stream(AuditEvent.class)
			.filter(e -> e.action().equals("login.second-factor") && e.outcome() == Outcome.FAILURE)).hasSize(1);
	}

	@Test
	@DisplayName("A code is never accepted twice; the next step's code is")
	void replayedCodeRefused() throws Exception {
		String username = newAccount(Role.FINANCIAL_REGULATOR);
		Visitor first = signIn(username);
		byte[] secret = enrolmentSecret(first);
		String code = currentCode(secret);
		assertThat(postCode("/login/totp/enrol", first, code).getResponse().getRedirectedUrl()).isEqualTo("/");

		Visitor second = signIn(username);
		var replay = postCode("/login/totp", second, code);
		assertThat(replay.getResponse().getStatus()).isEqualTo(200);
		assertThat(replay.getResponse().getContentAsString()).contains("id=\"code-error\"");

		clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
		assertThat(postCode("/login/totp", second, currentCode(secret)).getResponse().getRedirectedUrl())
			.isEqualTo("/");
	}

	@Test
	@DisplayName("Wrong codes count towards the lockout: the fifth ends the sign-in and locks the account")
	void wrongCodesLockTheAccount() throws Exception {
		String username = newAccount(Role.INSURER_ADMIN);
		Visitor session = signIn(username);
		enrolmentSecret(session);
		for (int i = 0; i < 4; i++) {
			assertThat(postCode("/login/totp/enrol", session, "000000").getResponse().getStatus()).isEqualTo(200);
		}
		assertThat(postCode("/login/totp/enrol", session, "000000").getResponse().getRedirectedUrl())
			.isEqualTo("/login?error");
		assertThat(session.sessionId()).isNull();
		assertThat(postLogin(username, PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(events.stream(AuditEvent.class).filter(e -> e.action().equals("login.lockout"))).hasSize(1);
	}

}
