package io.suretyhub.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import io.suretyhub.obligation.ObligationClosed;
import io.suretyhub.obligation.ObligationOverdue;
import io.suretyhub.obligation.ObligationStatus;
import io.suretyhub.obligation.Parties;
import io.suretyhub.obligation.Subject;
import io.suretyhub.obligation.WarningLevel;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;
import io.suretyhub.shared.Role;
import io.suretyhub.statistics.internal.Rebuild;
import io.suretyhub.testing.MutableClockConfiguration;
import io.suretyhub.testing.TestPrincipals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@Import({ MutableClockConfiguration.class, StatisticsFixture.class })
class StatisticsFiguresTests {

	static final Filter Q4 = Filter.quarter(2026, 4);

	static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	@Autowired
	StatisticsFixture fixture;

	@Autowired
	Figures figures;

	@Autowired
	Rebuild rebuild;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	AccessScope region = TestPrincipals.scope(Role.REGION_AUTHORITY, 1, "650000");

	AccessScope kashgar = TestPrincipals.scope(Role.LOCAL_AUTHORITY, 2, "653100");

	@BeforeEach
	void fixture() {
		fixture.build();
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(figures.total(Filter.of(YearMonth.of(2026, 9), YearMonth.of(2026, 12)), region, ZH).policies())
				.isEqualTo(5);
			assertThat(figures.scorecards(Q4, region).stream().mapToLong(Scorecard::decided).sum()).isEqualTo(4);
		});
	}

	@Test
	@DisplayName("R-STAT-1: the fourth quarter's figures match the hand-computed fixture to the fen")
	void quarterMatchesTheHandComputedFixture_R_STAT_1() {
		assertThat(figures.total(Q4, region, ZH)).isEqualTo(new FigureRow("total", "合计", 2, 3, 4, m("725000.65"),
				m("6750.01"), m("537500.65"), Money.ZERO, 0));
		assertThat(figures.by(Dimension.INSURER, Q4, region, ZH)).containsExactly(
				new FigureRow(String.valueOf(fixture.insurerA), name(fixture.insurerA), 1, 2, 3, m("475000.55"),
						m("4750.01"), m("287500.55"), Money.ZERO, 0),
				new FigureRow(String.valueOf(fixture.insurerB), name(fixture.insurerB), 1, 1, 1, m("250000.10"),
						m("2000.00"), m("250000.10"), Money.ZERO, 0));
		assertThat(figures.by(Dimension.AREA, Q4, region, ZH)).extracting(FigureRow::key, FigureRow::label,
				FigureRow::sumInsured)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("650100", "乌鲁木齐市", m("250000.10")),
					org.assertj.core.groups.Tuple.tuple("653100", "喀什地区", m("475000.55")));
		assertThat(figures.by(Dimension.MONTH, Q4, region, ZH)).extracting(FigureRow::key, FigureRow::policies,
				FigureRow::depositsReleased)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2026-10", 1L, m("187500.00")),
					org.assertj.core.groups.Tuple.tuple("2026-11", 2L, m("350000.65")),
					org.assertj.core.groups.Tuple.tuple("2026-12", 1L, m("0.00")));
		assertThat(figures.by(Dimension.QUARTER, Filter.of(YearMonth.of(2026, 7), YearMonth.of(2026, 12)), region, ZH))
			.extracting(FigureRow::key, FigureRow::policies, FigureRow::enterprises, FigureRow::sumInsured)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2026-Q3", 1L, 1L, m("50000.00")),
					org.assertj.core.groups.Tuple.tuple("2026-Q4", 4L, 2L, m("725000.65")));
		assertThat(figures.by(Dimension.LINE, Q4, region, ZH)).singleElement()
			.satisfies(row -> assertThat(row.label()).isEqualTo("农民工工资支付履约保证保险"));
	}

	@Test
	@DisplayName("R-GEO-2: a local authority's figures contain nothing outside its area; another area answers 404")
	void localAuthoritySeesOnlyItsArea_R_GEO_2() {
		assertThat(figures.total(Q4, kashgar, ZH)).isEqualTo(new FigureRow("total", "合计", 1, 2, 3, m("475000.55"),
				m("4750.01"), m("287500.55"), Money.ZERO, 0));
		assertThat(figures.by(Dimension.INSURER, Q4, kashgar, ZH)).extracting(FigureRow::key)
			.containsExactly(String.valueOf(fixture.insurerA));
		assertThat(figures.projects(Q4, kashgar, ZH)).extracting(ProjectRow::projectId)
			.containsExactly(fixture.j1, fixture.j2);
		assertThat(figures.scorecards(Q4, kashgar)).extracting(Scorecard::insurerId)
			.containsExactly(fixture.insurerA, fixture.insurerB);
		assertThat(figures.scorecards(Q4, kashgar)).filteredOn(s -> s.insurerId() == fixture.insurerB)
			.singleElement().satisfies(s -> assertThat(s.decided()).isEqualTo(1));
		assertThatThrownBy(() -> figures.total(Q4.within(AreaCode.of("650100")), kashgar, ZH))
			.isInstanceOf(AreaNotFound.class);
		assertThat(figures.total(Q4.within(AreaCode.of("653101")), kashgar, ZH).policies()).isEqualTo(3);
	}

	@Test
	@DisplayName("An insurer administrator sees its own insurer's figures only, whatever insurer it asks for")
	void insurerSeesItsOwnFigures() {
		AccessScope insurerB = TestPrincipals.scope(Role.INSURER_ADMIN, fixture.insurerB, "650000");
		assertThat(figures.by(Dimension.INSURER, Q4.forInsurer(fixture.insurerA), insurerB, ZH))
			.extracting(FigureRow::key, FigureRow::sumInsured)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(String.valueOf(fixture.insurerB), m("250000.10")));
		assertThatThrownBy(() -> figures.total(Q4, TestPrincipals.scope(Role.CONTRACTOR, fixture.c1, "653101"), ZH))
			.isInstanceOf(AreaNotFound.class);
	}

	@Test
	@DisplayName("R-POL-2 scorecard: a late result lowers the on-time share; an open warning counts until its obligation closes")
	void scorecardCountsLateResultsAndOpenWarnings_R_POL_2() {
		var subject = new Subject("policy-application", String.valueOf(fixture.p5));
		var parties = Parties.toOrganisation(fixture.branchB, fixture.c3);
		long obligation = 900_000 + fixture.p5;
		Instant due = Instant.parse("2026-11-17T16:00:00Z");
		transactions.executeWithoutResult(s -> events.publishEvent(
				new ObligationOverdue(obligation, "R-POL-2", subject, parties, AreaCode.of("653101"), due)));
		await().atMost(Duration.ofSeconds(20)).until(() -> card(fixture.insurerB).openWarnings() == 1);
		Scorecard b = card(fixture.insurerB);
		assertThat(b.applications()).isEqualTo(2);
		assertThat(b.late()).isEqualTo(1);
		assertThat(b.onTimePercent()).isEqualByComparingTo("50.0");
		assertThat(card(fixture.insurerA).onTimePercent()).isEqualByComparingTo("100.0");
		assertThat(figures.warnings(Q4, region, ZH)).singleElement()
			.satisfies(w -> assertThat(List.of(w.rule(), w.level(), w.areaCode(), w.count(), w.open()))
				.containsExactly("R-POL-2", "YELLOW", "653100", 1L, 1L));
		assertThat(figures.warnings(Q4.within(AreaCode.of("650100")), region, ZH)).isEmpty();

		transactions.executeWithoutResult(s -> events.publishEvent(new ObligationClosed(obligation, "R-POL-2", subject,
				parties, AreaCode.of("653101"), ObligationStatus.MET, WarningLevel.YELLOW)));
		await().atMost(Duration.ofSeconds(20)).until(() -> card(fixture.insurerB).openWarnings() == 0);
	}

	@Test
	@DisplayName("R-STAT-1: the rebuild recreates the same figures from the records")
	void rebuildRecreatesTheFigures_R_STAT_1() {
		Filter all = Filter.of(YearMonth.of(2026, 1), YearMonth.of(2026, 12));
		var before = List.of(figures.total(all, region, ZH), figures.by(Dimension.INSURER, all, region, ZH),
				figures.by(Dimension.AREA, all, region, ZH), figures.by(Dimension.MONTH, all, region, ZH),
				figures.projects(all, region, ZH));
		assertThat(rebuild.run()).isGreaterThanOrEqualTo(6);
		assertThat(List.of(figures.total(all, region, ZH), figures.by(Dimension.INSURER, all, region, ZH),
				figures.by(Dimension.AREA, all, region, ZH), figures.by(Dimension.MONTH, all, region, ZH),
				figures.projects(all, region, ZH))).isEqualTo(before);
		assertThat(figures.scorecards(Q4, region)).extracting(Scorecard::decided).containsExactly(2L, 2L);
	}

	private Scorecard card(long insurer) {
		return figures.scorecards(Q4, region).stream().filter(s -> s.insurerId() == insurer).findFirst().orElseThrow();
	}

	private String name(long organisation) {
		return figures.scorecards(Q4, region).stream().filter(s -> s.insurerId() == organisation)
			.map(Scorecard::insurerName).findFirst().orElseThrow();
	}

	private static Money m(String amount) {
		return Money.yuan(amount);
	}

}
