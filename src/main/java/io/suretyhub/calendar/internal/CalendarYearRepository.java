package io.suretyhub.calendar.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The versions administrators added; append-only (the application role may not update or delete). */
@Repository
class CalendarYearRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	CalendarYearRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Changes whenever a version is added: rows are never updated or deleted. */
	long stamp() {
		return jdbc.sql("select coalesce(max(id), 0) from calendar_year_version").query(Long.class).single();
	}

	/** The newest version of every scope and year. */
	List<YearArrangement> latest() {
		return jdbc.sql("""
				select distinct on (scope, year) scope, version, document::text as document, published_at
				from calendar_year_version order by scope, year, version desc""")
			.query(this::arrangement)
			.list();
	}

	/** Every version of one scope and year, newest first. */
	List<StoredVersion> history(Scope scope, int year) {
		return jdbc.sql("""
				select scope, version, document::text as document, published_at, published_by, note
				from calendar_year_version where scope = :scope and year = :year order by version desc""")
			.param("scope", scope.key())
			.param("year", year)
			.query((rs, n) -> new StoredVersion(arrangement(rs, n), rs.getString("published_by"), rs.getString("note")))
			.list();
	}

	/** Adds the next version of the document's scope and year and answers its number. */
	int add(Scope scope, CalendarDocument document, String note, Instant at, String by) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('calendar_year_version'), hashtext(:key))")
			.param("key", scope.key() + "/" + document.year())
			.query((rs, n) -> 1)
			.list();
		return jdbc.sql("""
				insert into calendar_year_version (scope, year, version, document, note, published_at, published_by)
				select :scope, :year, coalesce(max(version), 0) + 1, cast(:document as jsonb), :note, :at, :by
				from calendar_year_version where scope = :scope and year = :year
				returning version""")
			.param("scope", scope.key())
			.param("year", document.year())
			.param("document", json.writeValueAsString(document))
			.param("note", note == null ? "" : note)
			.param("at", Timestamp.from(at))
			.param("by", by)
			.query(Integer.class)
			.single();
	}

	private YearArrangement arrangement(ResultSet rs, int row) throws SQLException {
		return new YearArrangement(new Scope(rs.getString("scope")), rs.getInt("version"),
				json.readValue(rs.getString("document"), CalendarDocument.class),
				rs.getTimestamp("published_at").toInstant());
	}
}
