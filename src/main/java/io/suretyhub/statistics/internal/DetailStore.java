package io.suretyhub.statistics.internal;

import java.util.List;

import io.suretyhub.statistics.Dimension;
import io.suretyhub.statistics.ProjectRow;
import io.suretyhub.statistics.Scorecard;
import io.suretyhub.statistics.WarningRow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Projects, insurer scorecards and warning counts from the read models, cut to a {@link Slice}. */
@Component
public class DetailStore {

	private final JdbcClient jdbc;

	DetailStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The projects with policies issued in the slice, largest sum insured first (at most {@code limit}); labels are area codes. */
	@Transactional(readOnly = true)
	public List<ProjectRow> projects(Slice slice, int limit) {
		// tens of thousands of projects in a prefecture are summed in memory rather than in batches on disk
		jdbc.sql("SET LOCAL work_mem = '32MB'").update();
		return jdbc.sql("""
				SELECT t.project_id, COALESCE(pr.name, t.project_id::text), t.area_code, t.policies, t.sum_insured, t.premium,
				  t.released
				FROM (SELECT s.project_id, MIN(s.area_code) AS area_code, COUNT(*) AS policies, SUM(s.sum_insured) AS sum_insured,
				    SUM(s.premium) AS premium, SUM(s.released) AS released
				  FROM stat_policy s
				  WHERE s.issued_month IS NOT NULL AND """ + " " + slice.whereOn("s.", "issued_month") + " " + """
				   GROUP BY s.project_id ORDER BY SUM(s.sum_insured) DESC, s.project_id LIMIT :limit) t
				LEFT JOIN stat_project pr ON pr.project_id = t.project_id
				ORDER BY t.sum_insured DESC, t.project_id""")
			.params(slice.params())
			.param("limit", limit)
			.query((rs, n) -> new ProjectRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(3),
					rs.getLong(4), FigureStore.money(rs.getBigDecimal(5)), FigureStore.money(rs.getBigDecimal(6)),
					FigureStore.money(rs.getBigDecimal(7))))
			.list();
	}

	/** One scorecard per insurer with applications, notices or open warnings in the slice; names are left empty. */
	public List<Scorecard> scorecards(Slice slice) {
		return jdbc.sql("""
				WITH apps AS (
				  SELECT insurer_id, SUM(applications) AS applications, SUM(decided) AS decided, SUM(late) AS late,
				    SUM(notices) AS notices, SUM(notices_due) AS notices_due, SUM(notices_late) AS notices_late
				  FROM stat_figure WHERE """ + " " + slice.scope(Dimension.INSURER) + " " + """
				   GROUP BY insurer_id HAVING SUM(applications) <> 0 OR SUM(notices) <> 0),
				warn AS (
				  SELECT insurer_id, COUNT(DISTINCT obligation_id) AS open_warnings FROM stat_warning
				  WHERE open AND insurer_id IS NOT NULL AND area_code LIKE :prefix""" + insurerCondition(slice) + " " + """
				   GROUP BY insurer_id),
				ids AS (SELECT insurer_id FROM apps UNION SELECT insurer_id FROM warn)
				SELECT ids.insurer_id, COALESCE(a.applications, 0), COALESCE(a.decided, 0), COALESCE(a.late, 0),
				  COALESCE(a.notices, 0), COALESCE(a.notices_due, 0), COALESCE(a.notices_late, 0), COALESCE(w.open_warnings, 0),
				  (SELECT COUNT(*) FROM stat_sanction s WHERE s.insurer_id = ids.insurer_id AND s.lifted_on IS NULL)
				FROM ids LEFT JOIN apps a ON a.insurer_id = ids.insurer_id LEFT JOIN warn w ON w.insurer_id = ids.insurer_id
				ORDER BY ids.insurer_id""")
			.params(slice.params())
			.query((rs, n) -> new Scorecard(rs.getLong(1), "", rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)))
			.list();
	}

	/** Warnings issued in the slice by rule, level and child area; labels are area codes. */
	public List<WarningRow> warnings(Slice slice) {
		String child = slice.childArea();
		return jdbc.sql("SELECT rule, level, " + child + " AS a, COUNT(*), COUNT(*) FILTER (WHERE open) FROM stat_warning WHERE "
				+ slice.whereAt("", "issued_at") + " GROUP BY rule, level, a ORDER BY rule, level, a")
			.params(slice.params())
			.query((rs, n) -> new WarningRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(3),
					rs.getLong(4), rs.getLong(5)))
			.list();
	}

	private static String insurerCondition(Slice slice) {
		return slice.insurerId() == null ? "" : " AND insurer_id = :insurer";
	}

}
