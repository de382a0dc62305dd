package io.suretyhub.policy;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import io.suretyhub.obligation.ObligationStatus;
import io.suretyhub.obligation.internal.Sweeper;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;
import io.suretyhub.testing.TestPrincipals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, PolicyTestDoubles.class })
class UnderwritingOverdueTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	PolicyTestDoubles.Register register;

	@Autowired
	Underwriting underwriting;

	@Autowired
	Sweeper sweeper;

	@Autowired
	MutableClock clock;

	@Test
	@DisplayName("R-POL-2: an application not underwritten within 5 working days is overdue and on the warning board of its area; on time it is not")
	void underwritingOverdueRaisesTheWarning_R_POL_2() throws Exception {
		clock.setLocal("2026-11-23T09:00:00");
		PolicyJourney j = new PolicyJourney(mvc, organisations, register);
		long project = j.registerProject("2027-01-01", "2027-12-31");
		j.confirmRatio(project);
		j.fileRate("0.002", "null");
		long id = j.applied(j.apply(project, j.insurerId, "187500.00", "2027-01-01", "2027-12-31"));
		var due = underwriting.obligation(id, "R-POL-2").orElseThrow();
		assertThat(due.dueDate()).hasToString("2026-11-30");

		clock.setLocal("2026-11-30T23:00:00");
		sweeper.sweep();
		assertThat(underwriting.obligation(id, "R-POL-2").orElseThrow().status()).isEqualTo(ObligationStatus.OPEN);

		clock.setLocal("2026-12-01T09:00:00");
		sweeper.sweep();
		var overdue = underwriting.obligation(id, "R-POL-2").orElseThrow();
		assertThat(overdue.status()).isEqualTo(ObligationStatus.OVERDUE);
		assertThat(overdue.level().overdue()).isTrue();
		var region = TestPrincipals.scope(Role.REGION_AUTHORITY, j.authority.organisationId(), "650000");
		mvc.perform(get("/warnings/" + overdue.id()).with(as(region)))
			.andExpect(content().string(containsString("R-POL-2")));
		mvc.perform(get("/underwriting").with(as(j.staff)))
			.andExpect(content().string(containsString("table-warning")));
	}

}
