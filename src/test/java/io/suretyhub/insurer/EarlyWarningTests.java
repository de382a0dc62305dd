package io.suretyhub.insurer;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import io.suretyhub.insurer.internal.EarlyWarnings;
import io.suretyhub.insurer.internal.EarlyWarnings.Counts;
import io.suretyhub.insurer.internal.EarlyWarnings.Level;
import io.suretyhub.insurer.internal.EarlyWarnings.Party;
import io.suretyhub.insurer.internal.Measures;
import io.suretyhub.insurer.internal.Reminders;
import io.suretyhub.insurer.internal.SanctionTrigger;
import io.suretyhub.insurer.internal.Sanctions;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
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
@Import({ MutableClockConfiguration.class, InsurerFixtures.class })
class EarlyWarningTests {

	final AccessScope kashgar = TestPrincipals.scope(Role.LOCAL_AUTHORITY, 2, "653100");

	final AccessScope urumqi = TestPrincipals.scope(Role.LOCAL_AUTHORITY, 3, "650100");

	@Autowired
	InsurerFixtures fixtures;

	@Autowired
	EarlyWarnings warnings;

	@Autowired
	Measures measures;

	@Autowired
	Reminders reminders;

	@Autowired
	Sanctions sanctions;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@Test
	@DisplayName("R-SUP-4: every signal shows per party with a level, per area for the authority there, and per month")
	void signalsPerPartyPerAreaAndPerMonth_R_SUP_4() throws Exception {
		long watched = fixtures.registered("预警甲保险", "653100", "650100");
		long clean = fixtures.registered("预警乙保险", "653100");
		Counts kashgarBefore = warnings.areas(kashgar).getOrDefault("653100", new Counts(0, 0, 0, 0, 0));
		Counts monthBefore = thisMonth(fixtures.region);

		measures.take(watched, "INTERVIEW", "核保材料不全", "约谈记录", null, kashgar);
		sanctions.propose(watched, SanctionTrigger.UNDERWRITING_OVERDUE, "核保逾期", "test/" + watched, null,
				AreaCode.of("653101"));
		long reminder = reminders.issue(watched, "请规范理赔流程", LocalDate.now(clock).plusDays(10), fixtures.region);
		reminders.report(watched, reminder, "已整改", fixtures.admin(watched));
		reminders.reject(reminder, "整改不到位", fixtures.region);

		Party party = party(fixtures.region, watched);
		assertThat(party.level()).isEqualTo(Level.ORANGE);
		assertThat(party.counts()).isEqualTo(new Counts(1, 0, 1, 1, 0));
		assertThat(party(fixtures.region, clean).level()).isEqualTo(Level.NONE);

		Counts kashgarAfter = warnings.areas(kashgar).get("653100");
		assertThat(kashgarAfter.measures()).isEqualTo(kashgarBefore.measures() + 1);
		assertThat(kashgarAfter.overdue()).isEqualTo(kashgarBefore.overdue() + 1);
		assertThat(party(kashgar, watched).counts()).isEqualTo(new Counts(1, 0, 1, 0, 0));
		assertThat(party(urumqi, watched).counts()).isEqualTo(new Counts(0, 0, 0, 0, 0));
		assertThat(warnings.areas(urumqi)).doesNotContainKey("653100");

		Counts monthAfter = thisMonth(fixtures.region);
		assertThat(monthAfter.total()).isEqualTo(monthBefore.total() + 3);
		assertThat(warnings.months(fixtures.region)).hasSize(12);

		long proposal = sanctions.proposals().stream().filter(s -> s.insurerId() == watched).findFirst().orElseThrow().id();
		sanctions.confirm(proposal, false, null, "核保逾期且提醒未落实", fixtures.region);
		assertThat(party(urumqi, watched).level()).isEqualTo(Level.RED);
		assertThat(party(urumqi, watched).sanction()).isNotNull();

		mvc.perform(get("/insurers/early-warning").with(as(kashgar))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/insurers/early-warning").with(as(kashgar))).andExpect(status().isOk())
			.andExpect(jsonPath("$.areas.length()").value(1))
			.andExpect(jsonPath("$.areas[0].areaCode").value("653100"))
			.andExpect(jsonPath("$.months.length()").value(12));
		mvc.perform(get("/api/v1/insurers/early-warning").with(as(fixtures.admin(clean))))
			.andExpect(status().isForbidden());
	}

	private Party party(AccessScope viewer, long insurerId) {
		return warnings.parties(viewer).stream().filter(p -> p.insurerId() == insurerId).findFirst().orElseThrow();
	}

	private Counts thisMonth(AccessScope viewer) {
		YearMonth now = YearMonth.now(clock);
		Map<YearMonth, Counts> months = new java.util.HashMap<>();
		warnings.months(viewer).forEach(m -> months.put(m.month(), m.counts()));
		return months.get(now);
	}

}
