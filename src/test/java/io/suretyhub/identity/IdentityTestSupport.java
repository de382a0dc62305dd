package io.suretyhub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import io.suretyhub.identity.internal.Base32;
import io.suretyhub.identity.internal.Totp;
import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	private static volatile Long organisation;

	/** A registered organisation for test accounts to belong to (accounts refer to a real organisation). */
	long organisationId() {
		if (organisation == null || organisations.find(organisation).isEmpty()) {
			organisation = organisations.register(OrganisationRegistration.of(OrganisationKind.LOCAL_AUTHORITY,
					"测试人社局 " + System.nanoTime(), "650100"));
		}
		return organisation;
	}

	/** Opens an account of {@code role} (in Urumqi, or the region for region-wide roles) and answers its username. */
	String newAccount(Role role) {
		String username = role.name().toLowerCase().replace('_', '-') + "-" + SEQUENCE.incrementAndGet() + "-"
				+ System.nanoTime() % 100_000;
		boolean regionWide = role == Role.REGION_AUTHORITY || role.name().endsWith("_ADMIN") && role != Role.INSURER_ADMIN;
		AreaCode area = AreaCode.of(regionWide ? "650000" : "650100");
		accounts.register(new NewAccount(username, "测试 " + username, PASSWORD, role, organisationId(), area));
		return username;
	}

	MvcResult postLogin(String username, String password) throws Exception {
		return postLogin(new Visitor(), username, password);
	}

	MvcResult postLogin(Visitor visitor, String username, String password) throws Exception {
		return perform(visitor, post("/login").param("username", username).param("password", password).with(csrf()));
	}

	/** Performs the request with the visitor's cookies and keeps the cookies the response sets or clears. */
	MvcResult perform(Visitor visitor, MockHttpServletRequestBuilder request) throws Exception {
		MvcResult result = mvc.perform(request.with(visitor)).andReturn();
		visitor.remember(result.getResponse());
		return result;
	}

	/** Five wrong passwords in a row: the account is locked. */
	void failFiveTimes(String username) throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(postLogin(username, "Wrong-password-1").getResponse().getRedirectedUrl())
				.isEqualTo("/login?error");
		}
	}

	/** Signs in with the password; answers the visitor (for an authority: half signed in). */
	Visitor signIn(String username) throws Exception {
		var visitor = new Visitor();
		MvcResult result = postLogin(visitor, username, PASSWORD);
		assertThat(result.getResponse().getRedirectedUrl()).isIn("/", "/login/totp");
		assertThat(visitor.sessionId()).isNotNull();
		return visitor;
	}

	/** The secret shown on the enrolment page, as raw bytes. */
	byte[] enrolmentSecret(Visitor session) throws Exception {
		MvcResult page = mvc.perform(get("/login/totp/enrol").with(session)).andReturn();
		assertThat(page.getResponse().getStatus()).isEqualTo(200);
		return Base32.decode((String) page.getModelAndView().getModel().get("secret"));
	}

	/** The idle timeout of the visitor's session as stored (Spring Session JDBC); empty when there is none. */
	Optional<Integer> storedIdleSeconds(Visitor visitor) {
		return jdbc.sql("select max_inactive_interval from spring_session where session_id = ?")
			.param(String.valueOf(visitor.sessionId()))
			.query(Integer.class)
			.optional();
	}

	String currentCode(byte[] secret) {
		return Totp.code(secret, Totp.step(clock.instant()));
	}

	MvcResult postCode(String path, Visitor session, String code) throws Exception {
		return perform(session, post(path).param("code", code).with(csrf()));
	}

	/** Signs in with password and a freshly enrolled second factor; answers the session and the secret. */
	SignedIn signInEnrolling(String username) throws Exception {
		Visitor session = signIn(username);
		byte[] secret = enrolmentSecret(session);
		MvcResult confirmed = postCode("/login/totp/enrol", session, currentCode(secret));
		assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/");
		return new SignedIn(session, secret);
	}

	/** Signs in an enrolled account: password, then the code of the next time step. */
	Visitor signInWithCode(String username, byte[] secret) throws Exception {
		Visitor session = signIn(username);
		clock.advance(Duration.ofSeconds(Totp.STEP_SECONDS));
		MvcResult verified = postCode("/login/totp", session, currentCode(secret));
		assertThat(verified.getResponse().getRedirectedUrl()).isEqualTo("/");
		return session;
	}

	record SignedIn(Visitor visitor, byte[] secret) {
	}

	/**
	 * A browser's cookie jar. Sessions live in the database (Spring Session), so a visitor is its
	 * {@code SESSION} cookie, sent with every request it is applied to.
	 */
	static final class Visitor implements RequestPostProcessor {

		private final Map<String, Cookie> cookies = new HashMap<>();

		@Override
		public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
			if (!cookies.isEmpty()) {
				request.setCookies(cookies.values().toArray(Cookie[]::new));
			}
			return request;
		}

		void remember(MockHttpServletResponse response) {
			for (Cookie cookie : response.getCookies()) {
				if (cookie.getMaxAge() == 0) {
					cookies.remove(cookie.getName());
				}
				else {
					cookies.put(cookie.getName(), cookie);
				}
			}
		}

		/** The id of the visitor's session, or null when it has none. */
		String sessionId() {
			Cookie cookie = cookies.get("SESSION");
			return cookie == null ? null : new String(Base64.getDecoder().decode(cookie.getValue()));
		}

	}

}
