package io.suretyhub.benchmarks;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;

import io.suretyhub.statistics.internal.Recount;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Generates the statistics read models for B5 inside PostgreSQL ({@code INSERT … SELECT generate_series}):
 * policies of about three per project, over the region's real counties (skewed: a few busy counties, many
 * quiet ones), {@link #INSURERS} insurers (the first the largest) and the 23 months up to this one; 2 % not
 * issued, 2.5 % underwritten late; then the monthly figures, served keys, project names and warnings derived
 * from them as the projection would write them; then the pre-aggregated read models recounted from those
 * ({@link Recount}, as the rebuild does).
 */
final class StatisticsData {

	static final int INSURERS = 20;

	private final JdbcClient jdbc;

	private final Recount recount;

	StatisticsData(JdbcClient jdbc, Recount recount) {
		this.jdbc = jdbc;
		this.recount = recount;
	}

	void generate(int policies, List<Long> insurers, YearMonth now) {
		List<String> counties = jdbc.sql("SELECT code FROM area WHERE level = 'COUNTY' AND code LIKE '65%' ORDER BY code")
			.query(String.class)
			.list();
		Date first = Date.valueOf(now.minusMonths(22).atDay(1));
		// the benchmarks before B5 in the same run issued policies whose events filled the read models: start empty
		for (String table : List.of("stat_policy", "stat_month", "stat_served", "stat_project", "stat_warning", "stat_payment",
				"stat_notice", "stat_sanction", "stat_figure", "stat_distinct")) {
			jdbc.sql("DELETE FROM " + table).update();
		}
		jdbc.sql("""
				INSERT INTO stat_policy (policy_id, project_id, contractor_id, insurer_id, branch_id, area_code, line, applied_at,
				  decided_at, issued_month, sum_insured, premium, released, underwriting_late)
				SELECT 50000000 + g, p, 9000000 + p % 60000, ins, ins, area, 'WAGE_PAYMENT', applied,
				  CASE WHEN g % 50 <> 0 THEN applied + interval '2 days' END,
				  CASE WHEN g % 50 <> 0 THEN m END, sum, round(sum * 0.002, 2), CASE WHEN g % 3 = 1 THEN sum ELSE 0 END, g % 40 = 0
				FROM (
				  SELECT g, p, m,
				    (:counties::text[])[1 + floor(:n * power((p * 2654435761 % 1000003) / 1000003.0, 1.7))::int] AS area,
				    (:insurers::bigint[])[1 + floor(:i * power((p * 40503 % 999983) / 999983.0, 2))::int] AS ins,
				    (m + (g % 28) * interval '1 day' + interval '2 hours')::timestamptz AS applied,
				    (200000 + (g * 37 % 5000) * 1000)::numeric(18, 2) AS sum
				  FROM (SELECT g, (g - 1) / 3 + 1 AS p, (:first::date + ((g * 7) % 23) * interval '1 month')::date AS m
				        FROM generate_series(1::bigint, :count) g) s) t""")
			.param("counties", counties.toArray(String[]::new))
			.param("n", counties.size())
			.param("insurers", insurers.toArray(Long[]::new))
			.param("i", insurers.size())
			.param("first", first)
			.param("count", policies)
			.update();
		jdbc.sql("""
				INSERT INTO stat_month (month, area_code, insurer_id, line, policies, sum_insured, premium, deposits_released)
				SELECT issued_month, area_code, insurer_id, line, COUNT(*), SUM(sum_insured), SUM(premium), SUM(released)
				FROM stat_policy WHERE issued_month IS NOT NULL GROUP BY 1, 2, 3, 4""").update();
		jdbc.sql("""
				INSERT INTO stat_served (month, area_code, insurer_id, line, contractor_id, project_id)
				SELECT DISTINCT issued_month, area_code, insurer_id, line, contractor_id, project_id
				FROM stat_policy WHERE issued_month IS NOT NULL""").update();
		jdbc.sql("""
				INSERT INTO stat_project (project_id, name, area_code, contractor_id)
				SELECT DISTINCT ON (project_id) project_id, '基准工程' || project_id, area_code, contractor_id FROM stat_policy""")
			.update();
		jdbc.sql("""
				INSERT INTO stat_warning (obligation_id, level, rule, area_code, owed_by, insurer_id, issued_at, open)
				SELECT 70000000 + g / 3, (ARRAY['YELLOW', 'ORANGE', 'RED'])[1 + g % 3], (ARRAY['R-POL-2', 'R-CLM-2', 'R-PAY-1'])[1 + g % 7 % 3],
				  area_code, insurer_id, insurer_id, applied_at + interval '8 days', g % 4 = 0
				FROM (SELECT row_number() OVER () AS g, area_code, insurer_id, applied_at FROM stat_policy WHERE policy_id % 33 = 0) w""")
			.update();
		long start = System.nanoTime();
		recount.run();
		Bench.log("B5: pre-aggregated read models recounted in " + (System.nanoTime() - start) / 1_000_000 + " ms");
		for (String table : List.of("stat_policy", "stat_month", "stat_served", "stat_project", "stat_warning",
				"stat_figure", "stat_distinct")) {
			jdbc.sql("VACUUM ANALYZE " + table).update();
		}
	}

}
