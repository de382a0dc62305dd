package io.suretyhub.statistics.internal;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the pre-aggregated read models ({@code stat_figure}, {@code stat_distinct}) from the finest ones
 * ({@code stat_month}, {@code stat_policy}, {@code stat_notice}, {@code stat_served}, {@code stat_payment}) set-wise
 * inside PostgreSQL: the same rows the projection writes one event at a time. Used by the rebuild.
 */
@Service
public class Recount {

	private static final String SCOPE_AREA = "CASE %d WHEN 1 THEN substr(area_code, 1, 2) || '0000' "
			+ "WHEN 2 THEN substr(area_code, 1, 4) || '00' ELSE area_code END";

	private final JdbcClient jdbc;

	private final Clock clock;

	Recount(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public void run() {
		jdbc.sql("SET LOCAL work_mem = '256MB'").update();
		jdbc.sql("DELETE FROM stat_figure").update();
		jdbc.sql("DELETE FROM stat_distinct").update();
		for (int level = 1; level <= 3; level++) {
			for (boolean byInsurer : new boolean[] { false, true }) {
				for (boolean byLine : new boolean[] { false, true }) {
					String area = SCOPE_AREA.formatted(level);
					String insurer = byInsurer ? "insurer_id" : "0::bigint";
					String line = byLine ? "line" : "''::text";
					figures(level, area, insurer, line);
					distinct(level, area, insurer, line);
				}
			}
		}
	}

	private void figures(int level, String area, String insurer, String line) {
		jdbc.sql("INSERT INTO stat_figure (level, area_code, insurer_id, line, month, policies, sum_insured, premium, "
				+ "deposits_released, payouts, applications, decided, late, notices, notices_due, notices_late) SELECT "
				+ level + ", " + area + ", " + insurer + ", " + line + """
				, month, SUM(policies), SUM(sum_insured), SUM(premium), SUM(released), SUM(payouts), SUM(applications),
				  SUM(decided), SUM(late), SUM(notices), SUM(notices_due), SUM(notices_late)
				FROM (
				  SELECT month, area_code, insurer_id, line, policies, sum_insured, premium, deposits_released AS released, payouts,
				    0 AS applications, 0 AS decided, 0 AS late, 0 AS notices, 0 AS notices_due, 0 AS notices_late FROM stat_month
				  UNION ALL
				  SELECT date_trunc('month', applied_at AT TIME ZONE :zone)::date, area_code, insurer_id, line, 0, 0, 0, 0, 0,
				    COUNT(*), COUNT(decided_at), COUNT(*) FILTER (WHERE decided_at IS NOT NULL AND underwriting_late), 0, 0, 0
				  FROM stat_policy GROUP BY 1, 2, 3, 4
				  UNION ALL
				  SELECT month, area_code, insurer_id, line, 0, 0, 0, 0, 0, 0, 0, 0, COUNT(*),
				    COUNT(*) FILTER (WHERE settled OR late), COUNT(*) FILTER (WHERE late)
				  FROM stat_notice GROUP BY 1, 2, 3, 4) f
				GROUP BY 1, 2, 3, 4, 5""")
			.param("zone", clock.getZone().getId())
			.update();
	}

	private void distinct(int level, String area, String insurer, String line) {
		jdbc.sql("INSERT INTO stat_distinct (kind, level, area_code, insurer_id, line, month, since, entities) SELECT kind, "
				+ level + """
				, a, i, l, month, since, COUNT(*) FROM (
				  SELECT kind, a, i, l, month,
				    COALESCE(LAG(month) OVER (PARTITION BY kind, a, i, l, entity ORDER BY month), DATE '1970-01-01') AS since
				  FROM (
				    SELECT DISTINCT kind, entity, month, """ + " " + area + " AS a, " + insurer + " AS i, " + line + """
				     AS l FROM (
				      SELECT 'C' AS kind, contractor_id AS entity, month, area_code, insurer_id, line FROM stat_served
				      UNION ALL SELECT 'P', project_id, month, area_code, insurer_id, line FROM stat_served
				      UNION ALL SELECT 'W', worker_id, month, area_code, insurer_id, line FROM stat_payment) f) d) x
				GROUP BY kind, a, i, l, month, since""")
			.update();
	}

}
