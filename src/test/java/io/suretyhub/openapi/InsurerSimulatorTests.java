package io.suretyhub.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.suretyhub.simulator.InsurerSimulator;
import io.suretyhub.simulator.SimulatorSettings;
import io.suretyhub.simulator.WebhookReceiver;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The insurer simulator (simulator/src/java), which knows only docs/openapi.json and the signing rules,
 * drives a whole lifecycle against the platform on a real port.
 */
class InsurerSimulatorTests extends OpenApiOnPort {

	@Test
	@DisplayName("R-POL-2, R-POL-5, R-CLM-2, R-CLM-5: the simulator pulls the application, issues it with its own remote signature, gets the notice by webhook once, pays every line; the notice is PAID")
	void wholeLifecycle(@TempDir Path dir) throws Exception {
		long application = application();
		int webhookPort = freePort();
		String[] system = system("http://127.0.0.1:" + webhookPort + WebhookReceiver.PATH);
		List<String> log = new ArrayList<>();
		var settings = SimulatorSettings.parse("--base-url=" + baseUrl(), "--app-id=" + system[0], "--secret=" + system[1],
				"--webhook-secret=" + system[2], "--webhook-port=" + webhookPort, "--keystore=" + ownSealKeyStore(dir),
				"--keystore-password=" + KEY_STORE_PASSWORD);
		try (var simulator = new InsurerSimulator(settings, clock, log::add)) {
			var issued = simulator.issueNext();

			assertThat(issued.getId()).isEqualTo(application);
			assertThat(issued.getNumber()).startsWith("WG-");
			assertThat(status(application)).isIn("ISSUED", "IN_FORCE");
			assertThat(verifiedSigner(issued.getNumber())).as("the e-policy verifies, signed by the insurer's own key")
				.contains("开放接口保险自有签章");
			assertThat(log).anyMatch(line -> line.startsWith("signature accepted: " + issued.getNumber()));

			await().atMost(Duration.ofSeconds(30)).until(() -> status(application).equals("IN_FORCE"));
			long noticeId = notice(2, "3000.50");
			clock.advance(Duration.ofHours(1));
			var paid = simulator.payNextNotice(Duration.ofSeconds(90));

			assertThat(paid).as(() -> "no payment-notice.issued webhook; simulator log: " + log).isNotNull();
			assertThat(paid.notice().getId()).isEqualTo(noticeId);
			assertThat(paid.payments()).hasSize(2).allSatisfy(p -> assertThat(p.getRepeated()).isFalse());
			assertThat(paid.notice().getStatus()).isEqualTo("PAID");
			assertThat(paid.notice().getInsurerOutstanding()).isEqualByComparingTo(BigDecimal.ZERO);
			assertThat(jdbc.sql("SELECT status FROM payout_case WHERE id = :id").param("id", noticeId).query(String.class)
				.single()).isEqualTo("PAID");
			assertThat(simulator.webhooks().deliveries(paid.eventId())).isEqualTo(1);

			redeliver(paid.eventId());
			await().atMost(Duration.ofSeconds(30)).until(() -> simulator.webhooks().deliveries(paid.eventId()) == 2);
			assertThat(simulator.payNextNotice(Duration.ofSeconds(2))).as("a delivery again has no second effect").isNull();
			assertThat(simulator.webhooks().refused()).isZero();
		}
	}

	/** As after a timeout the platform could not tell from a failure: the same event is delivered again. */
	private void redeliver(String eventId) {
		assertThat(jdbc.sql("""
				UPDATE openapi_delivery SET status = 'PENDING', next_attempt_at = :now
				WHERE event_id = (SELECT id FROM openapi_event WHERE event_id = CAST(:event AS uuid))""")
			.param("now", java.sql.Timestamp.from(clock.instant())).param("event", eventId).update()).isEqualTo(1);
	}

}
