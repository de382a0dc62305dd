package io.suretyhub.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.jayway.jsonpath.JsonPath;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.suretyhub.insurer.InsurerFixtures;
import io.suretyhub.insurer.internal.Reminders;
import io.suretyhub.insurer.internal.SanctionTrigger;
import io.suretyhub.insurer.internal.Sanctions;
import io.suretyhub.openapi.internal.InsurerSystems;
import io.suretyhub.openapi.internal.WebhookDispatcher;
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
@Import({ MutableClockConfiguration.class, PolicyTestDoubles.class, InsurerFixtures.class })
class SupervisionWebhookTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InsurerFixtures insurers;

	@Autowired
	Reminders reminders;

	@Autowired
	Sanctions sanctions;

	@Autowired
	InsurerSystems systems;

	@Autowired
	WebhookDispatcher dispatcher;

	@Autowired
	MutableClock clock;

	HttpServer server;

	final List<String> received = new CopyOnWriteArrayList<>();

	@BeforeEach
	void receiver() throws IOException {
		clock.setLocal("2026-11-23T09:00:00");
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/hooks", this::receive);
		server.start();
	}

	@AfterEach
	void stop() {
		server.stop(0);
	}

	private void receive(HttpExchange exchange) throws IOException {
		exchange.getRequestBody().readAllBytes();
		received.add(exchange.getRequestHeaders().getFirst("X-SH-Event-Type"));
		exchange.sendResponseHeaders(204, -1);
		exchange.close();
	}

	@Test
	@DisplayName("R-SUP-2, R-SUP-3: a work reminder, a confirmed sanction and its lifting reach the insurer's webhook and the pull endpoint; another insurer gets none")
	void reminderAndSanctionEventsAreDelivered() throws Exception {
		long insurer = insurers.registered("事件推送保险", "650100");
		var issued = systems.register("监管事件系统", insurers.admin(insurer));
		long systemId = systems.list(insurers.admin(insurer)).get(0).id();
		systems.webhook(systemId, "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks", insurers.admin(insurer));
		long other = insurers.registered("无关保险", "650100");
		var otherIssued = systems.register("无关系统", insurers.admin(other));

		long reminder = reminders.issue(insurer, "请于月底前补报承保台账", LocalDate.parse("2026-12-10"), insurers.region);
		long sanction = sanctions.propose(insurer, SanctionTrigger.OFFLINE_HANDLING, "线下出具保单", "webhook/" + insurer, null)
			.orElseThrow();
		sanctions.confirm(sanction, true, null, "未全面线上办理", insurers.region);
		sanctions.lift(sanction, "已整改", insurers.region);

		var system = SignedMvc.hmac(mvc, clock, issued.appId(), issued.secret());
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(types(system)).containsExactly(
				"reminder.created", "sanction.confirmed", "sanction.lifted"));
		String page = system.get("/open/v1/events?after=0").andReturn().getResponse().getContentAsString();
		Map<String, Object> reminded = JsonPath.read(page, "$.events[0].event.data");
		assertThat(reminded).containsEntry("reminderId", (int) reminder)
			.containsEntry("subject", "请于月底前补报承保台账")
			.containsEntry("respondBy", "2026-12-10");
		Map<String, Object> confirmed = JsonPath.read(page, "$.events[1].event.data");
		assertThat(confirmed).containsEntry("sanctionId", (int) sanction).containsEntry("kind", "BAN")
			.containsEntry("startsOn", "2026-11-23");
		system.get("/open/v1/events?after=0").andExpect(jsonPath("$.events[2].event.data.liftedOn").value("2026-11-23"));

		assertThat(dispatcher.dispatchDue()).isEqualTo(3);
		assertThat(received).containsExactlyInAnyOrder("reminder.created", "sanction.confirmed", "sanction.lifted");
		assertThat(types(SignedMvc.hmac(mvc, clock, otherIssued.appId(), otherIssued.secret()))).isEmpty();
	}

	private static List<String> types(SignedMvc system) throws Exception {
		String page = system.get("/open/v1/events?after=0").andReturn().getResponse().getContentAsString();
		return JsonPath.read(page, "$.events[*].event.type");
	}

}
