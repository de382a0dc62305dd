package io.suretyhub.obligation;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;

import io.suretyhub.calendar.TimeLimit;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CalendarObligationTest;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.ObligationEventLog;
import io.suretyhub.testing.TestPrincipals;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * When the 2027 arrangement arrives, open deadlines computed provisionally move and the parties are told
 * (R-TIME-1). Publishes 2027 data, so it leaves its context behind for the tests that need 2027 empty.
 */
@CalendarObligationTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ProvisionalRecomputeTests {

	static final AccessScope ADMIN = TestPrincipals.scope(Role.SYSTEM_ADMIN, 960_000, "650000");

	@Autowired
	Obligations obligations;

	@Autowired
	MutableClock clock;

	@Autowired
	ObligationEventLog events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	long open(long owedBy, String area, String subject, int workingDays) {
		return obligations.open(new NewObligation(Parties.toAuthority(owedBy, AreaCode.of(area).prefecture()),
				new Subject("project", subject), "R-PRJ-2", AreaCode.of(area), clock.instant(),
				TimeLimit.workingDays(workingDays)));
	}

	@Test
	@DisplayName("R-TIME-1: publishing 2027 moves the provisional deadlines into it and notifies party and authorities")
	void publishingAYearMovesProvisionalDeadlines() throws Exception {
		clock.setLocal("2026-12-30T09:00:00");
		long beijing = open(960_001, "110105", "recompute-bj", 3);
		long urumqi = open(960_002, "650102", "recompute-xj", 3);
		long firm = open(960_003, "110105", "recompute-firm", 1);
		assertThat(obligations.find(beijing).orElseThrow()).satisfies(o -> {
			assertThat(o.dueDate()).isEqualTo(LocalDate.of(2027, 1, 4));
			assertThat(o.provisional()).isTrue();
		});
		assertThat(obligations.find(firm).orElseThrow().provisional()).isFalse();

		publish(null, """
				{"date": "2027-01-01", "name": "元旦", "off": true}""");

		await().atMost(Duration.ofSeconds(30)).until(() -> obligations.find(beijing).orElseThrow().dueDate()
			.equals(LocalDate.of(2027, 1, 5)));
		assertThat(obligations.find(beijing).orElseThrow().provisional()).isFalse();
		await().atMost(Duration.ofSeconds(30)).until(() -> obligations.find(urumqi).orElseThrow().dueDate()
			.equals(LocalDate.of(2027, 1, 5)));
		assertThat(obligations.find(urumqi).orElseThrow().provisional())
			.as("Xinjiang's own 2027 festivals are not published yet").isTrue();
		assertThat(obligations.find(firm).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));

		assertThat(events.of(ObligationDeadlineMoved.class)).filteredOn(e -> e.obligationId() == beijing)
			.singleElement()
			.satisfies(e -> assertThat(e.dueAt()).isAfter(e.previousDueAt()));
		assertThat(notices(beijing)).containsExactlyInAnyOrder("org:960001", "area:110105", "area:110100", "area:110000");
		assertThat(notices(urumqi)).containsExactlyInAnyOrder("org:960002", "area:650102", "area:650100", "area:650000");
		assertThat(notices(firm)).isEmpty();

		publish("650000", """
				{"date": "2027-03-10", "name": "test fixture, not a fact", "off": true}""");
		await().atMost(Duration.ofSeconds(30)).until(() -> !obligations.find(urumqi).orElseThrow().provisional());
		assertThat(obligations.find(urumqi).orElseThrow().dueDate()).isEqualTo(LocalDate.of(2027, 1, 5));
		assertThat(notices(urumqi)).as("the due time did not move again").hasSize(4);
	}

	void publish(String area, String day) throws Exception {
		String body = """
				{"area": %s, "year": 2027, "sources": ["test"], "days": [%s]}"""
			.formatted(area == null ? "null" : "\"" + area + "\"", day);
		mvc.perform(post("/api/v1/calendar/years").contentType(MediaType.APPLICATION_JSON)
			.content(body)
			.with(csrf())
			.with(as(ADMIN))).andExpect(status().isCreated());
	}

	java.util.List<String> notices(long obligation) {
		return jdbc.sql("""
				select case when recipient_organisation is not null then 'org:' || recipient_organisation
				            else 'area:' || recipient_area end
				from obligation_inbox_item where obligation_id = :id and kind = 'DEADLINE_MOVED'""")
			.param("id", obligation)
			.query(String.class)
			.list();
	}

}
