package io.suretyhub.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.suretyhub.openapi.internal.InsurerSystems;
import io.suretyhub.openapi.internal.SigningRules;
import io.suretyhub.openapi.internal.WebhookDispatcher;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.policy.PolicyJourney;
import io.suretyhub.policy.PolicyTestDoubles;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "suretyhub.openapi.webhooks.enabled=false")
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, PolicyTestDoubles.class, io.suretyhub.insurer.InsurerFixtures.class })
class WebhookDeliveryTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	PolicyTestDoubles.Register register;

	@Autowired
	InsurerSystems systems;

	@Autowired
	WebhookDispatcher dispatcher;

	@Autowired
	MutableClock clock;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	HttpServer server;

	final AtomicInteger calls = new AtomicInteger();

	final Set<String> effects = ConcurrentHashMap.newKeySet();

	final List<Boolean> signaturesValid = new CopyOnWriteArrayList<>();

	String webhookSecret;

	@BeforeEach
	void receiver() throws IOException {
		clock.setLocal("2026-11-23T09:00:00");
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hooks/suretyhub", this::receive);
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	/** Fails the first five calls; then applies each event id once, as a receiver should. */
	private void receive(HttpExchange exchange) throws IOException {
		byte[] body = exchange.getRequestBody().readAllBytes();
		var headers = exchange.getRequestHeaders();
		String toSign = SigningRules.stringToSign("POST", exchange.getRequestURI().getRawPath(),
				exchange.getRequestURI().getRawQuery(), headers.getFirst(SigningRules.TIMESTAMP),
				headers.getFirst(SigningRules.NONCE), body);
		signaturesValid.add(SigningRules.hmacMatches(webhookSecret.getBytes(), toSign,
				headers.getFirst(SigningRules.SIGNATURE)));
		int status = calls.incrementAndGet() <= 5 ? 503 : 204;
		if (status == 204) {
			effects.add(headers.getFirst("X-SH-Event-Id"));
		}
		exchange.sendResponseHeaders(status, -1);
		exchange.close();
	}

	@Test
	@DisplayName("A receiver that fails five times then succeeds gets the application event once, signed, with backoff; the pull endpoint has the same event")
	void failsFiveTimesThenSucceeds() throws Exception {
		var j = new PolicyJourney(mvc, organisations, register);
		var issued = systems.register("核心业务系统", j.insurerAdmin);
		long systemId = systems.list(j.insurerAdmin).get(0).id();
		webhookSecret = systems.webhook(systemId,
				"http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/suretyhub?source=test", j.insurerAdmin);
		long project = j.registerProject("2027-01-01", "2027-12-31");
		j.confirmRatio(project);
		long application = j.applied(j.apply(project, j.insurerId, "187500.00", "2027-01-01", "2027-12-31"));

		await().atMost(Duration.ofSeconds(30)).until(() -> dispatcher.dispatchDue() == 1);
		assertThat(dispatcher.dispatchDue()).as("not due again before its backoff").isZero();
		for (int attempt = 2; attempt <= 6; attempt++) {
			clock.advance(WebhookDispatcherBackoff.after(attempt - 1));
			assertThat(dispatcher.dispatchDue()).isEqualTo(1);
		}
		clock.advance(Duration.ofHours(2));
		assertThat(dispatcher.dispatchDue()).as(() -> "delivered: never sent again " + calls + " "
				+ jdbc.sql("SELECT d.status || ' ' || d.attempts || ' ' || d.last_result || ' ' || e.type FROM openapi_delivery d"
						+ " JOIN openapi_event e ON e.id = d.event_id").query(String.class).list())
			.isZero();

		assertThat(calls.get()).isEqualTo(6);
		assertThat(effects).hasSize(1);
		assertThat(signaturesValid).containsOnly(true);

		var system = SignedMvc.hmac(mvc, clock, issued.appId(), issued.secret());
		String page = system.get("/open/v1/events?after=0")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.events[0].event.type").value("application.received"))
			.andExpect(jsonPath("$.events[0].event.data.applicationId").value(application))
			.andReturn().getResponse().getContentAsString();
		assertThat(effects).containsExactly((String) JsonPath.read(page, "$.events[0].event.eventId"));
		long next = ((Number) JsonPath.read(page, "$.next")).longValue();
		system.get("/open/v1/events?after=" + next).andExpect(jsonPath("$.events").isEmpty());
	}

}
