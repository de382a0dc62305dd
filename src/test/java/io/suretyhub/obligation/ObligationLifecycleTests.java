package io.suretyhub.obligation;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.suretyhub.calendar.TimeLimit;
import io.suretyhub.obligation.internal.Sweeper;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;
import io.suretyhub.shared.RuleViolation;
import io.suretyhub.testing.CalendarObligationTest;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.ObligationEventLog;
import io.suretyhub.testing.TestPrincipals;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An insurer owes an underwriting result within 5 working days (R-POL-2): reminder, overdue, orange, red,
 * each exactly once, on the right authority's board only and in the owing party's inbox (R-SUP-4).
 */
@CalendarObligationTest
class ObligationLifecycleTests {

	static final long INSURER = 910_001;

	static final long CONTRACTOR = 910_002;

	static final AccessScope URUMQI = TestPrincipals.scope(Role.LOCAL_AUTHORITY, 920_001, "650100");

	static final AccessScope TIANSHAN = TestPrincipals.scope(Role.LOCAL_AUTHORITY, 920_002, "650102");

	static final AccessScope KASHGAR = TestPrincipals.scope(Role.LOCAL_AUTHORITY, 920_003, "653100");

	static final AccessScope REGION = TestPrincipals.scope(Role.REGION_AUTHORITY, 920_004, "650000");

	static final AccessScope REGULATOR = TestPrincipals.scope(Role.FINANCIAL_REGULATOR, 920_005, "650000");

	static final AccessScope INSURER_STAFF = TestPrincipals.scope(Role.INSURER_ADMIN, INSURER, "650100");

	static final AccessScope CONTRACTOR_STAFF = TestPrincipals.scope(Role.CONTRACTOR, CONTRACTOR, "650102");

	@Autowired
	Obligations obligations;

	@Autowired
	Sweeper sweeper;

	@Autowired
	MutableClock clock;

	@Autowired
	ObligationEventLog events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	long underwriting(String application, String startedAt) {
		clock.setLocal(startedAt);
		return obligations.open(new NewObligation(Parties.toOrganisation(INSURER, CONTRACTOR),
				new Subject("policy-application", application), "R-POL-2", AreaCode.of("650102"), clock.instant(),
				TimeLimit.workingDays(5)));
	}

	List<String> warnings(long id) {
		return jdbc.sql("select level from obligation_warning where obligation_id = :id order by id")
			.param("id", id)
			.query(String.class)
			.list();
	}

	int sweepAt(String localTime) {
		clock.setLocal(localTime);
		return sweeper.sweep();
	}

	@Test
	@DisplayName("R-POL-2 / R-TIME-2: reminder, overdue, orange and red, each exactly once, with one event each")
	void reminderThenOverdueThenEscalation() throws Exception {
		long id = underwriting("lifecycle-1", "2026-09-30T10:00:00");
		var opened = obligations.find(id).orElseThrow();
		assertThat(opened.dueDate()).isEqualTo(LocalDate.of(2026, 10, 13));
		assertThat(opened.dueAt()).isEqualTo(Instant.parse("2026-10-13T16:00:00Z"));
		assertThat(opened.provisional()).isFalse();

		sweepAt("2026-10-12T23:59:59");
		assertThat(warnings(id)).isEmpty();
		sweepAt("2026-10-13T00:00:00");
		sweepAt("2026-10-13T00:00:00");
		sweepAt("2026-10-13T23:59:59");
		assertThat(warnings(id)).containsExactly("REMINDER");
		assertThat(obligations.find(id).orElseThrow().status()).isEqualTo(ObligationStatus.OPEN);

		sweepAt("2026-10-14T00:00:00");
		sweepAt("2026-10-14T09:00:00");
		assertThat(warnings(id)).containsExactly("REMINDER", "YELLOW");
		assertThat(obligations.find(id).orElseThrow().status()).isEqualTo(ObligationStatus.OVERDUE);

		sweepAt("2026-10-15T23:59:59");
		assertThat(warnings(id)).containsExactly("REMINDER", "YELLOW");
		sweepAt("2026-10-16T00:00:00");
		assertThat(warnings(id)).containsExactly("REMINDER", "YELLOW", "ORANGE");
		sweepAt("2026-10-20T23:59:59");
		sweepAt("2026-10-21T00:00:00");
		sweepAt("2026-12-01T00:00:00");
		assertThat(warnings(id)).containsExactly("REMINDER", "YELLOW", "ORANGE", "RED");
		assertThat(obligations.find(id).orElseThrow().level()).isEqualTo(WarningLevel.RED);

		assertThat(events.of(ObligationReminderDue.class)).filteredOn(e -> e.obligationId() == id).hasSize(1);
		assertThat(events.of(ObligationOverdue.class)).filteredOn(e -> e.obligationId() == id)
			.singleElement()
			.satisfies(e -> {
				assertThat(e.rule()).isEqualTo("R-POL-2");
				assertThat(e.parties()).isEqualTo(Parties.toOrganisation(INSURER, CONTRACTOR));
				assertThat(e.area()).isEqualTo(AreaCode.of("650102"));
				assertThat(e.subject()).isEqualTo(new Subject("policy-application", "lifecycle-1"));
			});
		assertThat(events.of(ObligationEscalated.class)).filteredOn(e -> e.obligationId() == id)
			.extracting(ObligationEscalated::level)
			.containsExactly(WarningLevel.ORANGE, WarningLevel.RED);

		String row = "id=\"row-" + id + "\"";
		for (AccessScope authority : List.of(URUMQI, TIANSHAN, REGION, REGULATOR)) {
			mvc.perform(get("/warnings").with(as(authority)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(row)));
			mvc.perform(get("/warnings/{id}", id).with(as(authority))).andExpect(status().isOk());
		}
		for (String lang : List.of("zh_CN", "en")) {
			for (String page : List.of("/warnings", "/warnings/" + id, "/inbox")) {
				mvc.perform(get(page).param("lang", lang).with(as(URUMQI)))
					.andExpect(status().isOk())
					.andExpect(content().string(not(containsString("??"))));
			}
		}
		mvc.perform(get("/warnings").with(as(KASHGAR))).andExpect(content().string(not(containsString(row))));
		mvc.perform(get("/warnings/{id}", id).with(as(KASHGAR))).andExpect(status().isNotFound());
		mvc.perform(get("/warnings").param("area", "650102").with(as(KASHGAR)))
			.andExpect(content().string(not(containsString(row))));
		mvc.perform(get("/warnings").with(as(INSURER_STAFF))).andExpect(status().isForbidden());

		mvc.perform(get("/inbox").with(as(INSURER_STAFF)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("R-POL-2（policy-application/lifecycle-1）将于 2026-10-13 24:00 到期")))
			.andExpect(content().string(containsString("R-POL-2（policy-application/lifecycle-1）已于 2026-10-13 24:00 逾期")));
		assertThat(inbox(INSURER, id)).containsExactly("REMINDER", "YELLOW", "ORANGE", "RED");
		assertThat(inboxOfArea("650102")).containsExactly("REMINDER", "YELLOW", "ORANGE", "RED");
		assertThat(inboxOfArea("650100")).containsExactly("REMINDER", "YELLOW", "ORANGE", "RED");
		assertThat(inboxOfArea("650000")).containsExactly("REMINDER", "YELLOW", "ORANGE", "RED");
		assertThat(inbox(CONTRACTOR, id)).isEmpty();
		mvc.perform(get("/inbox").with(as(URUMQI))).andExpect(content().string(containsString("lifecycle-1")));
		mvc.perform(get("/inbox").with(as(KASHGAR))).andExpect(content().string(not(containsString("lifecycle-1"))));
		mvc.perform(get("/inbox").with(as(CONTRACTOR_STAFF))).andExpect(content().string(not(containsString("lifecycle-1"))));
	}

	List<String> inbox(long organisation, long obligation) {
		return jdbc.sql("""
				select kind from obligation_inbox_item where recipient_organisation = :org and obligation_id = :id
				order by id""")
			.param("org", organisation)
			.param("id", obligation)
			.query(String.class)
			.list();
	}

	List<String> inboxOfArea(String area) {
		return jdbc.sql("""
				select i.kind from obligation_inbox_item i join obligation o on o.id = i.obligation_id
				where i.recipient_area = :area and o.subject_id = 'lifecycle-1' order by i.id""")
			.param("area", area)
			.query(String.class)
			.list();
	}

	@Test
	@DisplayName("R-SUP-4: a notice is marked read by its recipient only")
	void markRead() throws Exception {
		long id = underwriting("read-1", "2026-03-02T10:00:00");
		sweepAt("2026-03-09T12:00:00");
		long item = jdbc.sql("select id from obligation_inbox_item where obligation_id = :id and recipient_organisation = :org")
			.param("id", id)
			.param("org", INSURER)
			.query(Long.class)
			.single();
		mvc.perform(post("/inbox/{item}/read", item).with(csrf()).with(as(CONTRACTOR_STAFF)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/inbox/{item}/read", item).with(csrf()).with(as(INSURER_STAFF)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select read_at is not null from obligation_inbox_item where id = :id")
			.param("id", item)
			.query(Boolean.class)
			.single()).isTrue();
		mvc.perform(post("/inbox/read-all").with(csrf()).with(as(URUMQI))).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from obligation_inbox_item where recipient_area = '650100' and read_at is null")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	@DisplayName("R-TIME-2: an obligation met in time raises no warning; opening it twice finds the first")
	void metInTimeRaisesNothing() {
		long id = underwriting("met-1", "2026-04-01T10:00:00");
		assertThat(underwriting("met-1", "2026-04-01T10:00:00")).isEqualTo(id);
		clock.setLocal("2026-04-03T10:00:00");
		assertThat(obligations.meet(new Subject("policy-application", "met-1"), "R-POL-2")).isOne();
		sweepAt("2026-06-01T00:00:00");
		assertThat(warnings(id)).isEmpty();
		var met = obligations.find(id).orElseThrow();
		assertThat(met.status()).isEqualTo(ObligationStatus.MET);
		assertThat(met.closedAt()).isEqualTo(Instant.parse("2026-04-03T02:00:00Z"));
		obligations.meet(id);
		assertThat(obligations.find(id).orElseThrow().closedAt()).isEqualTo(met.closedAt());
	}

	@Test
	@DisplayName("R-CLM-7: 60 calendar days to reimburse end on the corresponding day")
	void calendarPeriodObligation() {
		clock.setLocal("2026-01-31T15:00:00");
		long id = obligations.open(new NewObligation(Parties.toOrganisation(910_003, 910_004),
				new Subject("payout", "p-1"), "R-CLM-7", AreaCode.of("650102"), clock.instant(), TimeLimit.days(60)));
		assertThat(obligations.find(id).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
	}

	@Test
	@DisplayName("R-TIME-2: only a labour authority of the area may waive, with a reason; audited")
	void waive() throws Exception {
		long id = underwriting("waive-1", "2026-05-06T10:00:00");
		assertThatThrownBy(() -> obligations.waive(id, "no longer needed", INSURER_STAFF))
			.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> obligations.waive(id, "reason", KASHGAR)).isInstanceOf(ObligationNotFound.class);
		mvc.perform(post("/warnings/{id}/waive", id).param("reason", "x").with(csrf()).with(as(REGULATOR)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/warnings/{id}/waive", id).param("reason", " ").with(csrf()).with(as(URUMQI)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写免除理由")));
		mvc.perform(post("/warnings/{id}/waive", id).param("reason", "项目已撤销").with(csrf()).with(as(URUMQI)))
			.andExpect(status().is3xxRedirection());
		var waived = obligations.find(id).orElseThrow();
		assertThat(waived.status()).isEqualTo(ObligationStatus.WAIVED);
		assertThat(waived.waiverReason()).isEqualTo("项目已撤销");
		assertThat(events.of(io.suretyhub.shared.AuditEvent.class))
			.anyMatch(e -> e.action().equals("obligation.waive") && e.objectId().equals(String.valueOf(id)));
		mvc.perform(post("/warnings/{id}/waive", id).param("reason", "again").with(csrf()).with(as(URUMQI)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已办结或已免除")));
	}

}
