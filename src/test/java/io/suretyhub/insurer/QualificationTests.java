package io.suretyhub.insurer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.suretyhub.insurer.internal.CreditRecords;
import io.suretyhub.insurer.internal.Filings;
import io.suretyhub.insurer.internal.Journal;
import io.suretyhub.insurer.internal.Qualification;
import io.suretyhub.insurer.internal.Quarter;
import io.suretyhub.insurer.internal.QuarterlyReportForm;
import io.suretyhub.insurer.internal.ReportObligations;
import io.suretyhub.obligation.ObligationOverdue;
import io.suretyhub.obligation.ObligationStatus;
import io.suretyhub.obligation.Obligations;
import io.suretyhub.insurer.internal.QuarterlyReports;
import io.suretyhub.insurer.internal.Sanctions;
import io.suretyhub.insurer.internal.Solvency;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.RuleViolation;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@Import({ MutableClockConfiguration.class, InsurerFixtures.class })
class QualificationTests {

	@Autowired
	InsurerFixtures fixtures;

	@Autowired
	Qualification qualification;

	@Autowired
	Solvency solvency;

	@Autowired
	Filings filings;

	@Autowired
	QuarterlyReports reports;

	@Autowired
	CreditRecords credit;

	@Autowired
	Sanctions sanctions;

	@Autowired
	Journal journal;

	@Autowired
	InsurerChoice choice;

	@Autowired
	MessageSource messages;

	@Autowired
	MutableClock clock;

	@Autowired
	ReportObligations reportObligations;

	@Autowired
	Obligations obligations;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void monday() {
		clock.setLocal("2026-11-23T09:00:00");
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	List<String> reasons(long id) {
		return qualification.check(id, today()).reasons().stream().map(r -> messages.getMessage(r, Locale.ENGLISH)).toList();
	}

	@ParameterizedTest(name = "179.9 % on {0} fails with that reason")
	@CsvSource({ "2025-12-31", "2026-06-30", "2026-09-30" })
	@DisplayName("R-INS-3: a ratio of 179.9 % at any of the three dates fails, naming the date")
	void ratioBelowTheBarAtAnyDate(String date) {
		long id = fixtures.submitted("充足率测试", "250", "A", "650100");
		solvency.record(id, LocalDate.parse(date), new BigDecimal("179.9"), "A", fixtures.admin(id));
		assertThat(qualification.check(id, today()).passed()).isFalse();
		assertThat(reasons(id)).containsExactly("solvency ratio 179.9 % on " + date + " is below 180 %");
		assertThatThrownBy(() -> filings.register(id, fixtures.region))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("R-INS-3"));
	}

	@Test
	@DisplayName("R-INS-3: exactly 180 % with rating B passes; rating C or D fails with that reason")
	void ratingCOrDFails() {
		long id = fixtures.submitted("评级测试", "180", "B", "650100");
		solvency.record(id, LocalDate.parse("2026-06-30"), new BigDecimal("180"), "B", fixtures.admin(id));
		assertThat(qualification.check(id, today()).passed()).isTrue();
		solvency.record(id, LocalDate.parse("2026-09-30"), new BigDecimal("300"), "C", fixtures.admin(id));
		assertThat(reasons(id)).containsExactly("integrated risk rating C (2026-09-30); B or better is required");
		solvency.record(id, LocalDate.parse("2026-09-30"), new BigDecimal("300"), "D", fixtures.admin(id));
		assertThat(qualification.check(id, today()).passed()).isFalse();
	}

	@Test
	@DisplayName("R-INS-3: every reason is given — low ratio, low rating and a bad credit record within 3 years together")
	void everyReasonIsGiven() {
		long id = fixtures.submitted("多项测试", "170", "C", "650100");
		credit.record(id, LocalDate.parse("2024-05-01"), "虚假宣传受到行业通报", fixtures.region);
		assertThat(reasons(id)).hasSize(3).anyMatch(r -> r.contains("170")).anyMatch(r -> r.contains("rating C"))
			.anyMatch(r -> r.contains("bad industry credit record"));
	}

	@Test
	@DisplayName("R-INS-3: a bad credit record older than 3 years no longer counts")
	void oldCreditRecordDoesNotCount() {
		long id = fixtures.submitted("旧记录测试", "250", "A", "650100");
		credit.record(id, LocalDate.parse("2023-11-01"), "三年前的记录", fixtures.region);
		assertThat(qualification.check(id, today()).passed()).isTrue();
	}

	@Test
	@DisplayName("R-INS-3/6: a quarterly report below the bar suspends new business with the reason until cured")
	void quarterlyReportBelowTheBarSuspends() {
		long id = fixtures.registered("季报测试", "650100");
		clock.setLocal("2027-01-10T09:00:00");
		reports.submit(id, report(2026, 4, "179.9", "B", "1.2"), fixtures.admin(id));
		assertThatThrownBy(() -> choice.branchFor(id, AreaCode.of("650102"), today()))
			.isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.rule()).isEqualTo("R-INS-3"));
		assertThat(journal.history(id)).extracting(Journal.Entry::action).contains("qualification.warning");
		solvency.record(id, LocalDate.parse("2026-12-31"), new BigDecimal("185"), "B", fixtures.admin(id));
		assertThat(choice.branchFor(id, AreaCode.of("650102"), today())).isPositive();
	}

	@Test
	@DisplayName("R-INS-6: each quarterly report is a stored obligation; missing after its due date it suspends new business until submitted")
	void missingQuarterlyReportSuspendsUntilSubmitted() {
		long id = fixtures.registered("漏报测试", "650100");
		long obligation = reportObligations.open(id, new Quarter(2026, 4));
		assertThat(obligations.find(obligation).orElseThrow().dueDate()).isEqualTo(LocalDate.parse("2027-01-30"));
		assertThat(obligations.find(obligation).orElseThrow().rule()).isEqualTo("R-INS-6");
		clock.setLocal("2027-01-30T09:00:00");
		assertThat(choice.branchFor(id, AreaCode.of("650102"), today())).isPositive();
		clock.setLocal("2027-01-31T09:00:00");
		assertThatThrownBy(() -> choice.branchFor(id, AreaCode.of("650102"), today()))
			.isInstanceOfSatisfying(RuleViolation.class, v -> {
				assertThat(v.rule()).isEqualTo("R-INS-6");
				assertThat(v.arguments()).contains("2026Q4", "2027-01-30");
			});
		reports.submit(id, report(2026, 4, "230", "A", "1.2"), fixtures.admin(id));
		assertThat(obligations.find(obligation).orElseThrow().status()).isEqualTo(ObligationStatus.MET);
		assertThat(choice.branchFor(id, AreaCode.of("650102"), today())).isPositive();
	}

	@Test
	@DisplayName("R-INS-6: the deadline engine's overdue event for a quarterly report is a warning on the insurer's history, once")
	void overdueReportIsWarnedOnce() {
		long id = fixtures.registered("逾期测试", "650100");
		clock.setLocal("2027-02-01T09:00:00");
		reports.sweep();
		long obligation = reportObligations.open(id, new Quarter(2026, 4));
		var view = obligations.find(obligation).orElseThrow();
		var overdue = new ObligationOverdue(obligation, view.rule(), view.subject(), view.parties(), view.area(),
				view.dueAt());
		transactions.executeWithoutResult(status -> publisher.publishEvent(overdue));
		transactions.executeWithoutResult(status -> publisher.publishEvent(overdue));
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(journal.history(id))
			.filteredOn(e -> e.action().equals("report.overdue")).hasSize(1));
	}

	@Test
	@DisplayName("R-SUP-3: a rate below the configured floor in a quarterly report becomes a sanction proposal")
	void lowRateProposesASanction() {
		long id = fixtures.registered("低费率测试", "650100");
		clock.setLocal("2027-01-10T09:00:00");
		reports.submit(id, report(2026, 4, "230", "A", "0.3"), fixtures.admin(id));
		assertThat(sanctions.proposals()).anyMatch(s -> s.insurerId() == id && s.trigger().name().equals("LOW_RATE"));
	}

	static QuarterlyReportForm report(int year, int quarter, String ratio, String rating, String lowestRate) {
		return new QuarterlyReportForm(year, quarter, "承保 12 件，保额 3,600 万元", "1.0‰–2.0‰", new BigDecimal(lowestRate), 12,
				new BigDecimal("48000.00"), new BigDecimal("36000000.00"), new BigDecimal(ratio), rating);
	}

}
