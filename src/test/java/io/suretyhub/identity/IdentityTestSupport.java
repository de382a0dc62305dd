package io.suretyhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import io.suretyhub.identity.internal.Base32;
import io.suretyhub.identity.internal.Totp;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** One application context for all identity tests: MockMvc on the real PostgreSQL, time by hand. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
@RecordApplicationEvents
abstract class IdentityTestSupport {

	static final String PASSWORD = "Tianshan-2026";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Accounts accounts;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	/** Opens an account of {@code role} (in Urumqi, or the region for region-wide roles) and answers its username. */
	String newAccount(Role role) {
		String username = role.name().toLowerCase().replace('_', '-') + "-" + SEQUENCE.incrementAndGet() + "-"
				+ System.nanoTime() % 100_000;
		boolean regionWide = role == Role.REGION_AUTHORITY || role.name().endsWith("_ADMIN") && role != Role.INSURER_ADMIN;
		AreaCode area = AreaCode.of(regionWide ? "650000" : "650100");
		accounts.register(new NewAccount(username, "测试 " + username, PASSWORD, role, 1, area));
		return username;
	}

	MvcResult postLogin(String username, String password) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
			.andReturn();
	}

	/** Five wrong passwords in a row: the account is locked. */
	void failFiveTimes(String username) throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(postLogin(username, "Wrong-password-1").getResponse().getRedirectedUrl())
				.isEqualTo("/login?error");
		}
	}

	/** Signs in with the password; answers the session (for an authority: half signed in). */
	MockHttpSession signIn(String username) throws Exception {
		MvcResult result = postLogin(username, PASSWORD);
		assertThat(result.getResponse().getRedirectedUrl()).isIn("/", "/login/totp");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	/** The secret shown on the enrolment page, as raw bytes. */
	byte[] enrolmentSecret(MockHttpSession session) throws Exception {
		MvcResult page = mvc.perform(get("/login/totp/enrol").session(session)).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		return Base32.decode((String) page.getModelAndView().getModel().get("secret"));
	}

	String currentCode(byte[] secret) {
		return Totp.code(secret, Totp.step(clock.instant()));
	}

	MvcResult postCode(String path, MockHttpSession session, String code) throws Exception {
		return mvc.perform(post(path).session(session).param("code", code).with(csrf())).andReturn();
	}

	/** Signs in with password and a freshly enrolled second factor; answers the session and the secret. */
	SignedIn signInEnrolling(String username) throws Exception {
		MockHttpSession session = signIn(username);
		byte[] secret = enrolmentSecret(session);
		MvcResult confirmed = postCode("/login/totp/enrol", session, currentCode(secret));
		assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/");
		return new SignedIn(session, secret);
	}

	/** Signs in an enrolled account: password, then the code of the next time step. */
	MockHttpSession signInWithCode(String username, byte[] secret) throws Exception {
		MockHttpSession session = signIn(username);
		clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
		MvcResult verified = postCode("/login/totp", session, currentCode(secret));
		assertThat(verified.getResponse().getRedirectedUrl()).isEqualTo("/");
		return session;
	}

	record SignedIn(MockHttpSession session, byte[] secret) {
	}

}
