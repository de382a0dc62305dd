package io.suretyhub.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Role;
import io.suretyhub.statistics.internal.Rebuild;
import io.suretyhub.testing.MutableClockConfiguration;
import io.suretyhub.testing.TestPrincipals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The pre-aggregated read models (R-STAT-1): distinct enterprises and projects stay exact when a contractor is
 * served in months that arrive out of order, and the rebuild recreates every read model from the records after
 * they were wiped, row for row what the events wrote. Its own database (the hand-computed fixture's figures of
 * {@link StatisticsFiguresTests} stay untouched).
 */
@SpringBootTest
@Import({ MutableClockConfiguration.class, StatisticsFixture.class })
@TestPropertySource(properties = "suretyhub.test.database=statistics-rebuild")
class StatisticsRebuildTests {

	static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	static final List<String> TABLES = List.of("stat_policy", "stat_month", "stat_served", "stat_project", "stat_warning",
			"stat_sanction", "stat_payment", "stat_notice", "stat_figure", "stat_distinct");

	@Autowired
	StatisticsFixture fixture;

	@Autowired
	Figures figures;

	@Autowired
	Rebuild rebuild;

	@Autowired
	JdbcClient jdbc;

	AccessScope region = TestPrincipals.scope(Role.REGION_AUTHORITY, 1, "650000");

	AccessScope kashgar = TestPrincipals.scope(Role.LOCAL_AUTHORITY, 2, "653100");

	@Test
	@DisplayName("R-STAT-1: a contractor served in December, then October, then November counts once in any range; the rebuild after a wipe gives the same figures and rows")
	void outOfOrderMonthsAndRebuildAfterWipe_R_STAT_1() {
		fixture.build();
		await().atMost(Duration.ofSeconds(30)).until(() -> count("stat_served") == 5);
		Filter q4 = Filter.quarter(2026, 4);
		FigureRow before = figures.total(q4, region, ZH);
		for (String issuedAt : List.of("2026-12-10T10:00", "2026-10-10T10:00", "2026-11-10T10:00")) {
			long policy = fixture.issued(fixture.insurerA, fixture.branchA, fixture.c3, fixture.j4, "653101", "1000.00", "10.00",
					issuedAt, null);
			await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
					"SELECT COUNT(*) FROM stat_policy WHERE policy_id = :p AND issued_month IS NOT NULL")
				.param("p", policy).query(Long.class).single() == 1);
		}
		await().atMost(Duration.ofSeconds(30)).until(() -> figures.total(q4, region, ZH).policies() == before.policies() + 3);
		FigureRow after = figures.total(q4, region, ZH);
		assertThat(List.of(after.enterprises() - before.enterprises(), after.projects() - before.projects()))
			.containsExactly(1L, 1L);
		Filter novDec = Filter.of(YearMonth.of(2026, 11), YearMonth.of(2026, 12));
		assertThat(figures.total(novDec.forInsurer(fixture.insurerA), region, ZH).enterprises())
			.isEqualTo(figures.by(Dimension.INSURER, novDec, region, ZH).stream()
				.filter(r -> r.key().equals(String.valueOf(fixture.insurerA))).findFirst().orElseThrow().enterprises());
		assertThat(figures.by(Dimension.MONTH, q4.forInsurer(fixture.insurerA), kashgar, ZH))
			.extracting(FigureRow::key, FigureRow::enterprises)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2026-10", 2L), org.assertj.core.groups.Tuple.tuple("2026-11", 2L),
					org.assertj.core.groups.Tuple.tuple("2026-12", 2L));

		List<Object> figuresBefore = snapshot();
		List<List<String>> rowsBefore = aggregateRows();
		TABLES.forEach(table -> jdbc.sql("DELETE FROM " + table).update());
		assertThat(figures.total(q4, region, ZH).policies()).isZero();
		rebuild.run();
		assertThat(snapshot()).isEqualTo(figuresBefore);
		assertThat(aggregateRows()).isEqualTo(rowsBefore);
	}

	private List<Object> snapshot() {
		List<Object> all = new ArrayList<>();
		for (Filter filter : List.of(Filter.quarter(2026, 4), Filter.of(YearMonth.of(2026, 9), YearMonth.of(2026, 11)),
				Filter.of(YearMonth.of(2026, 11), YearMonth.of(2026, 12)))) {
			for (AccessScope viewer : List.of(region, kashgar,
					TestPrincipals.scope(Role.INSURER_ADMIN, fixture.insurerA, "650000"))) {
				all.add(figures.total(filter, viewer, ZH));
				for (Dimension dimension : Dimension.values()) {
					all.add(figures.by(dimension, filter, viewer, ZH));
				}
				all.add(figures.projects(filter, viewer, ZH));
			}
		}
		return all;
	}

	/** The pre-aggregated figures and distinct counts (the scorecard counts aside: a refusal needs its obligation record). */
	private List<List<String>> aggregateRows() {
		List<List<String>> rows = new ArrayList<>(jdbc.sql("""
				SELECT concat_ws(' ', level, area_code, insurer_id, line, month, policies, sum_insured, premium, deposits_released,
				  payouts) FROM stat_figure WHERE policies <> 0 OR payouts <> 0 ORDER BY level, area_code, insurer_id, line, month""")
			.query(String.class).list().stream().map(List::of).toList());
		rows.addAll(jdbc.sql("""
				SELECT concat_ws(' ', kind, level, area_code, insurer_id, line, month, since, entities) FROM stat_distinct
				WHERE entities <> 0 ORDER BY kind, level, area_code, insurer_id, line, month, since""")
			.query(String.class).list().stream().map(List::of).toList());
		return rows;
	}

	private long count(String table) {
		return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}
