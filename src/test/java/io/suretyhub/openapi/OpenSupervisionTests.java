package io.suretyhub.openapi;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import io.suretyhub.insurer.InsurerFixtures;
import io.suretyhub.insurer.internal.Reminders;
import io.suretyhub.openapi.internal.InsurerSystems;
import io.suretyhub.policy.PolicyTestDoubles;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;

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
class OpenSupervisionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	InsurerFixtures insurers;

	@Autowired
	Reminders reminders;

	@Autowired
	InsurerSystems systems;

	@Autowired
	MutableClock clock;

	@Test
	@DisplayName("The insurer's system reads its own work reminders (R-SUP-2) and sanctions, and submits its quarterly report once (R-INS-6)")
	void remindersSanctionsAndReports() throws Exception {
		clock.setLocal("2026-11-23T09:00:00");
		long insurer = insurers.registered("开放接口保险", "650100");
		var issued = systems.register("监管报送系统", insurers.admin(insurer));
		var system = SignedMvc.hmac(mvc, clock, issued.appId(), issued.secret());
		long other = insurers.registered("另一保险", "650100");
		var otherIssued = systems.register("另一系统", insurers.admin(other));
		var otherSystem = SignedMvc.hmac(mvc, clock, otherIssued.appId(), otherIssued.secret());
		reminders.issue(insurer, "请按季度报送承保台账", LocalDate.parse("2026-12-10"), insurers.region);

		system.get("/open/v1/reminders")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].subject").value("请按季度报送承保台账"))
			.andExpect(jsonPath("$[0].status").value("ISSUED"));
		otherSystem.get("/open/v1/reminders").andExpect(jsonPath("$[*].subject", not(hasItem("请按季度报送承保台账"))));
		system.get("/open/v1/sanctions").andExpect(status().isOk()).andExpect(jsonPath("$").isEmpty());

		String report = """
				{"year": 2026, "quarter": 3, "ledgerSummary": "承保 12 件", "rates": "千分之二至千分之三",
				 "lowestRatePerMille": 2.0, "policies": 12, "premium": 45000.00, "insuredAmount": 22500000.00,
				 "solvencyRatio": 230.5, "rating": "A"}""";
		system.post("/open/v1/quarterly-reports", report, "report-2026-q3")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").isNumber());
		system.post("/open/v1/quarterly-reports", report, "report-2026-q3")
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"));
		system.post("/open/v1/quarterly-reports", report, "report-2026-q3-again")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.field").value("quarter"));
		system.post("/open/v1/quarterly-reports", report.replace("\"A\"", "\"E\""), "report-bad-rating")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("rating"));
	}

}
