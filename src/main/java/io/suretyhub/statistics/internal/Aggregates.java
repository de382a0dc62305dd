package io.suretyhub.statistics.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the pre-aggregated read models ({@code stat_figure}, {@code stat_distinct}) in step with each new fact.
 * Distinct entities (enterprises {@code C}, projects {@code P}, workers paid {@code W}) are kept as links: per scope,
 * each month an entity was served in points to the previous month it was served in the same scope, so that the
 * entities of any range of months are the links that enter the range from before it (exact, however the range is
 * cut). Each step takes a transaction-scoped lock on what it changes, so concurrent listeners never miscount.
 */
@Component
class Aggregates {

	static final LocalDate NEVER = LocalDate.of(1970, 1, 1);

	static final int POLICY = 1;

	static final int NOTICE = 5;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	Aggregates(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Serialises the steps on one policy, notice or entity until the transaction ends. */
	void lock(int kind, long id) {
		jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(:key)").param("key", ((long) kind << 48) | id).query(Integer.class)
			.single();
	}

	/** {@code entity} of {@code kind} was newly served in {@code cell} (its fact row is already written). */
	void served(Tally tally, char kind, long entity, Cell cell) {
		lock(kind, entity);
		List<Cell> facts = new ArrayList<>(jdbc.sql(switch (kind) {
			case 'C' -> "SELECT month, area_code, insurer_id, line FROM stat_served WHERE contractor_id = :e";
			case 'P' -> "SELECT month, area_code, insurer_id, line FROM stat_served WHERE project_id = :e";
			default -> "SELECT month, area_code, insurer_id, line FROM stat_payment WHERE worker_id = :e";
		}).param("e", entity)
			.query((rs, n) -> new Cell(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getLong(3), rs.getString(4)))
			.list());
		facts.remove(cell);
		LocalDate month = cell.month();
		for (Scope scope : Scope.of(cell)) {
			TreeSet<LocalDate> months = facts.stream().filter(scope::covers).map(Cell::month)
				.collect(Collectors.toCollection(TreeSet::new));
			if (months.contains(month)) {
				continue;
			}
			LocalDate since = Objects.requireNonNullElse(months.lower(month), NEVER);
			tally.link(kind, scope, month, since, 1);
			LocalDate next = months.higher(month);
			if (next != null) {
				tally.link(kind, scope, next, since, -1);
				tally.link(kind, scope, next, month, 1);
			}
		}
	}

	/** Writes the tally, rows in key order. */
	void flush(Tally tally) {
		List<MapSqlParameterSource> figures = new ArrayList<>();
		tally.figures().forEach((key, a) -> {
			if (!a.isZero()) {
				figures.add(scope(key.scope()).addValue("month", key.month())
					.addValue("policies", a.policies()).addValue("sum", a.sumInsured()).addValue("premium", a.premium())
					.addValue("released", a.released()).addValue("payouts", a.payouts())
					.addValue("applications", a.applications()).addValue("decided", a.decided()).addValue("late", a.late())
					.addValue("notices", a.notices()).addValue("due", a.noticesDue()).addValue("noticesLate", a.noticesLate()));
			}
		});
		List<MapSqlParameterSource> links = new ArrayList<>();
		tally.links().forEach((key, delta) -> {
			if (delta != 0) {
				links.add(scope(key.scope()).addValue("kind", String.valueOf(key.kind())).addValue("month", key.month())
					.addValue("since", key.since()).addValue("delta", delta));
			}
		});
		if (!figures.isEmpty()) {
			batch.batchUpdate("""
					INSERT INTO stat_figure (level, area_code, insurer_id, line, month, policies, sum_insured, premium,
					  deposits_released, payouts, applications, decided, late, notices, notices_due, notices_late)
					VALUES (:level, :area, :insurer, :line, :month, :policies, :sum, :premium, :released, :payouts,
					  :applications, :decided, :late, :notices, :due, :noticesLate)
					ON CONFLICT (level, area_code, insurer_id, line, month) DO UPDATE SET
					  policies = stat_figure.policies + EXCLUDED.policies, sum_insured = stat_figure.sum_insured + EXCLUDED.sum_insured,
					  premium = stat_figure.premium + EXCLUDED.premium,
					  deposits_released = stat_figure.deposits_released + EXCLUDED.deposits_released,
					  payouts = stat_figure.payouts + EXCLUDED.payouts, applications = stat_figure.applications + EXCLUDED.applications,
					  decided = stat_figure.decided + EXCLUDED.decided, late = stat_figure.late + EXCLUDED.late,
					  notices = stat_figure.notices + EXCLUDED.notices, notices_due = stat_figure.notices_due + EXCLUDED.notices_due,
					  notices_late = stat_figure.notices_late + EXCLUDED.notices_late""",
					figures.toArray(MapSqlParameterSource[]::new));
		}
		if (!links.isEmpty()) {
			batch.batchUpdate("""
					INSERT INTO stat_distinct (kind, level, area_code, insurer_id, line, month, since, entities)
					VALUES (:kind, :level, :area, :insurer, :line, :month, :since, :delta)
					ON CONFLICT (kind, level, area_code, insurer_id, line, month, since) DO UPDATE SET
					  entities = stat_distinct.entities + EXCLUDED.entities""", links.toArray(MapSqlParameterSource[]::new));
		}
	}

	private static MapSqlParameterSource scope(Scope scope) {
		return new MapSqlParameterSource().addValue("level", scope.level()).addValue("area", scope.area())
			.addValue("insurer", scope.insurerId()).addValue("line", scope.line());
	}

}
