package io.suretyhub.obligation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import io.suretyhub.obligation.ObligationStatus;
import io.suretyhub.obligation.WarningLevel;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;

/**
 * The board's {@code WHERE} clause: always the viewer's area (R-GEO-2), then the filter. Values are
 * bound as parameters, never pasted into the SQL.
 */
final class BoardQuery {

	static final String COLUMNS = """
			o.id, o.rule, o.subject_type, o.subject_id, o.owed_by, o.owed_to_organisation, o.owed_to_authority,
			o.area_code, o.due_date, o.due_at, o.provisional, o.status, o.level,
			(select max(w.issued_at) from obligation_warning w where w.obligation_id = o.id) as warned_at""";

	private final StringBuilder where = new StringBuilder("o.level <> 'NONE' and o.area_code like :scope");

	private final Map<String, Object> params = new LinkedHashMap<>();

	BoardQuery(AccessScope scope, BoardFilter filter) {
		params.put("scope", scope.areaPrefix());
		if (filter.area() != null) {
			add("o.area_code like :area", "area", scope.covers(filter.area()) ? AreaPrefix.of(filter.area()) : "-");
		}
		if (filter.party() != null) {
			add("o.owed_by = :party", "party", filter.party());
		}
		if (filter.rule() != null && !filter.rule().isBlank()) {
			add("o.rule = :rule", "rule", filter.rule().strip());
		}
		if (filter.level() != null) {
			add("o.level = :level", "level", filter.level().name());
		}
		if (filter.status() != null) {
			add("o.status = :status", "status", filter.status().name());
		}
		if (filter.dueFrom() != null) {
			add("o.due_date >= :dueFrom", "dueFrom", filter.dueFrom());
		}
		if (filter.dueTo() != null) {
			add("o.due_date <= :dueTo", "dueTo", filter.dueTo());
		}
	}

	private void add(String condition, String name, Object value) {
		where.append(" and ").append(condition);
		params.put(name, value);
	}

	String where() {
		return where.toString();
	}

	Map<String, Object> params() {
		return params;
	}

	static BoardRow row(ResultSet rs, int row) throws SQLException {
		return new BoardRow(rs.getLong("id"), rs.getString("rule"), Sql.subject(rs), Sql.parties(rs),
				AreaCode.of(rs.getString("area_code")), rs.getObject("due_date", LocalDate.class),
				Sql.instant(rs, "due_at"), rs.getBoolean("provisional"), ObligationStatus.valueOf(rs.getString("status")),
				WarningLevel.valueOf(rs.getString("level")), Sql.instant(rs, "warned_at"));
	}

}
