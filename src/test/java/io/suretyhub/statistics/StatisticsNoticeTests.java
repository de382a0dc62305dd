package io.suretyhub.statistics;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.suretyhub.obligation.internal.Sweeper;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.payout.ArrearsCases;
import io.suretyhub.payout.NewDecision;
import io.suretyhub.payout.NoticeRequest;
import io.suretyhub.payout.PaymentRecord;
import io.suretyhub.payout.PayoutFixtures;
import io.suretyhub.payout.Payouts;
import io.suretyhub.project.Projects;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Role;
import io.suretyhub.statistics.internal.Rebuild;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;
import io.suretyhub.testing.TestPrincipals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The insurer scorecard's share of payment notices paid on time (R-CLM-2), fed by the payout and obligation
 * events through the payout module's own API: one notice paid within the 5 working days, one paid after the
 * sweeper issued its overdue warning.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class StatisticsNoticeTests {

	static final Filter Q4 = Filter.quarter(2026, 4);

	@Autowired
	Organisations organisations;

	@Autowired
	Projects projects;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ArrearsCases cases;

	@Autowired
	Payouts payouts;

	@Autowired
	Sweeper sweeper;

	@Autowired
	Figures figures;

	@Autowired
	Rebuild rebuild;

	@Autowired
	MockMvc mvc;

	PayoutFixtures f;

	AccessScope insurer;

	@BeforeEach
	void notices() {
		clock.setLocal("2026-11-23T09:00:00");
		f = new PayoutFixtures(organisations, projects, jdbc, "100000.00");
		insurer = TestPrincipals.scope(Role.INSURER_ADMIN, f.insurerId, "650000");
		long onTime = notice("1");
		long late = notice("2");
		clock.setLocal("2026-11-25T12:00:00");
		pay(onTime, "A", "2026-11-25T10:00");
		clock.setLocal("2026-12-02T09:00:00");
		sweeper.sweep();
		pay(late, "B", "2026-12-02T08:00");
		await().atMost(Duration.ofSeconds(30)).until(() -> card().map(Scorecard::noticesDue).orElse(0L) == 2
				&& card().get().noticesLate() == 1);
	}

	@Test
	@DisplayName("R-CLM-2 scorecard: one notice paid on time, one paid after its overdue warning: 50.0 % on time")
	void shareOfNoticesPaidOnTime_R_CLM_2() {
		Scorecard card = card().orElseThrow();
		assertThat(List.of(card.notices(), card.noticesDue(), card.noticesLate())).containsExactly(2L, 2L, 1L);
		assertThat(card.noticesOnTimePercent()).isEqualByComparingTo("50.0");
		AccessScope region = TestPrincipals.scope(Role.REGION_AUTHORITY, 1, "650000");
		assertThat(figures.scorecards(Q4, region)).filteredOn(s -> s.insurerId() == f.insurerId).singleElement()
			.extracting(Scorecard::noticesOnTimePercent)
			.satisfies(p -> assertThat(p).isEqualByComparingTo("50.0"));
	}

	@Test
	@DisplayName("R-CLM-2 scorecard: the insurer's own dashboard and its scorecard export show the notices paid on time")
	void dashboardAndExportShowNoticesPaidOnTime_R_CLM_2() throws Exception {
		mvc.perform(get("/statistics").param("from", "2026-10").param("to", "2026-12").with(as(insurer)))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("notices-on-time\">50.0<")));
		byte[] xlsx = mvc.perform(get("/statistics/export/scorecards.xlsx").param("from", "2026-10").param("to", "2026-12")
			.with(as(insurer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(io.suretyhub.testing.Xlsx.rows(xlsx).toString()).contains("50.0");
	}

	@Test
	@DisplayName("R-CLM-2 scorecard: the rebuild recreates the notices from the arrears cases and their obligations")
	void rebuildRecreatesNotices_R_CLM_2() {
		rebuild.run();
		Scorecard card = card().orElseThrow();
		assertThat(List.of(card.notices(), card.noticesDue(), card.noticesLate())).containsExactly(2L, 2L, 1L);
	}

	private java.util.Optional<Scorecard> card() {
		return figures.scorecards(Q4, insurer).stream().filter(s -> s.insurerId() == f.insurerId).findFirst();
	}

	private long notice(String n) {
		long caseId = cases.decide(new NewDecision(f.projectId, "喀人社责令〔2026〕" + f.token + n + "号",
				LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 21), new BigDecimal("2000.10"), 1), f.authority);
		cases.recordUnpaid(caseId, f.authority);
		cases.issueNotice(caseId, new NoticeRequest("负责人甲", "经办人乙", "0998-1234567", PayoutFixtures.roster(1, "2000.10")),
				f.authority);
		return caseId;
	}

	private void pay(long caseId, String reference, String paidAt) {
		payouts.record(caseId, new PaymentRecord(1, "NOTICE-" + f.token + "-" + reference, new BigDecimal("2000.10"),
				LocalDateTime.parse(paidAt).atZone(MutableClock.CHINA).toInstant()), f.staff);
	}

}
