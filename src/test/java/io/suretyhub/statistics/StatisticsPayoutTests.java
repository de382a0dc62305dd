package io.suretyhub.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import io.suretyhub.organisation.Organisations;
import io.suretyhub.payout.ArrearsCases;
import io.suretyhub.payout.NewDecision;
import io.suretyhub.payout.NoticeRequest;
import io.suretyhub.payout.PaymentRecord;
import io.suretyhub.payout.PayoutFixtures;
import io.suretyhub.payout.Payouts;
import io.suretyhub.payout.WorkerPaid;
import io.suretyhub.project.Projects;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payouts and workers paid (R-STAT-1) fed by the payout module's {@link WorkerPaid}, through the payout module's
 * own API: a notice to two workers, one of them paid in two parts across a month boundary (China time).
 */
@SpringBootTest
@Import(MutableClockConfiguration.class)
class StatisticsPayoutTests {

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
	Figures figures;

	@Autowired
	Rebuild rebuild;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	PayoutFixtures f;

	AccessScope insurer;

	long caseId;

	@BeforeEach
	void payouts() {
		clock.setLocal("2026-11-23T09:00:00");
		f = new PayoutFixtures(organisations, projects, jdbc, "100000.00");
		insurer = TestPrincipals.scope(Role.INSURER_ADMIN, f.insurerId, "650000");
		caseId = cases.decide(new NewDecision(f.projectId, "喀人社责令〔2026〕" + f.token + "号", LocalDate.of(2026, 11, 20),
				LocalDate.of(2026, 11, 21), new BigDecimal("4000.20"), 2), f.authority);
		cases.recordUnpaid(caseId, f.authority);
		cases.issueNotice(caseId, new NoticeRequest("负责人甲", "经办人乙", "0998-1234567", PayoutFixtures.roster(2, "2000.10")),
				f.authority);
		clock.setLocal("2026-11-25T12:00:00");
		pay(1, "A", "1000.25", "2026-11-25T10:00");
		pay(2, "B", "2000.10", "2026-11-25T11:00");
		clock.setLocal("2026-12-01T09:00:00");
		pay(1, "C", "500.00", "2026-12-01T00:10");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> figures.total(Q4, insurer, Locale.SIMPLIFIED_CHINESE).payouts().equals(Money.yuan("3500.35")));
	}

	@Test
	@DisplayName("R-STAT-1: payouts to the fen in the month paid (China time); workers paid counted once, however many payments and months")
	void payoutsAndDistinctWorkersPaid_R_STAT_1() {
		FigureRow total = figures.total(Q4, insurer, Locale.SIMPLIFIED_CHINESE);
		assertThat(List.of(total.payouts(), total.workersPaid())).containsExactly(Money.yuan("3500.35"), 2L);
		assertThat(figures.by(Dimension.MONTH, Q4, insurer, Locale.SIMPLIFIED_CHINESE))
			.extracting(FigureRow::key, FigureRow::payouts, FigureRow::workersPaid)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2026-11", Money.yuan("3000.35"), 2L),
					org.assertj.core.groups.Tuple.tuple("2026-12", Money.yuan("500.00"), 1L));
		assertThat(figures.by(Dimension.AREA, Q4, insurer, Locale.SIMPLIFIED_CHINESE))
			.extracting(FigureRow::key, FigureRow::payouts, FigureRow::workersPaid)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("653100", Money.yuan("3500.35"), 2L));
	}

	@Test
	@DisplayName("R-STAT-1: a redelivered WorkerPaid changes nothing")
	void redeliveredPaymentChangesNothing_R_STAT_1() {
		long paymentId = jdbc.sql("SELECT MIN(id) FROM payout_payment WHERE case_id = :c").param("c", caseId)
			.query(Long.class).single();
		transactions.executeWithoutResult(s -> events.publishEvent(new WorkerPaid(caseId, paymentId,
				Money.yuan("1000.25"), f.policyId, f.insurerId, f.branchId, AreaCode.of("653101"),
				china("2026-11-25T10:00").toInstant())));
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
			.until(() -> figures.total(Q4, insurer, Locale.SIMPLIFIED_CHINESE).payouts().equals(Money.yuan("3500.35")));
	}

	@Test
	@DisplayName("R-STAT-1: the rebuild recreates payouts and workers paid from the payout records")
	void rebuildRecreatesPayouts_R_STAT_1() {
		Filter year = Filter.of(YearMonth.of(2026, 1), YearMonth.of(2026, 12));
		var before = payouts(year);
		rebuild.run();
		assertThat(payouts(year)).isEqualTo(before).containsExactly(
				List.of("2026-11", Money.yuan("3000.35"), 2L), List.of("2026-12", Money.yuan("500.00"), 1L));
	}

	private List<List<Object>> payouts(Filter filter) {
		return figures.by(Dimension.MONTH, filter, insurer, Locale.SIMPLIFIED_CHINESE).stream()
			.filter(r -> r.workersPaid() > 0)
			.map(r -> List.<Object>of(r.key(), r.payouts(), r.workersPaid()))
			.toList();
	}

	private void pay(int line, String reference, String amount, String paidAt) {
		payouts.record(caseId, new PaymentRecord(line, "STAT-" + f.token + "-" + reference, new BigDecimal(amount),
				china(paidAt).toInstant()), f.staff);
	}

	private static java.time.ZonedDateTime china(String local) {
		return LocalDateTime.parse(local).atZone(MutableClock.CHINA);
	}

}
