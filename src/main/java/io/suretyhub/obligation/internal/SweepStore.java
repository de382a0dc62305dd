package io.suretyhub.obligation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.suretyhub.obligation.ObligationStatus;
import io.suretyhub.obligation.WarningLevel;
import io.suretyhub.shared.AreaCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sweeper's SQL, one statement per step of a batch: claims due rows with {@code FOR NO KEY UPDATE SKIP
 * LOCKED} (skipping rows another sweeper or a change holds, never rows a transaction only refers to, such as
 * an inbox message being written for them) through the partial index on open obligations by next due time,
 * inserts the batch's warnings, each at most once (unique per obligation and level), and advances the claimed
 * rows.
 */
@Repository
class SweepStore {

	private final JdbcClient jdbc;

	SweepStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims a batch. The statement is planned for its values every time: once a prepared statement has run a
	 * few times PostgreSQL may switch to a generic plan, which cannot see that {@code next_sweep_at <= :now}
	 * picks a handful of rows and scans and sorts every open obligation instead of reading the partial index.
	 */
	List<DueObligation> claim(Instant now, int batchSize) {
		jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		return jdbc.sql("""
				select id, owed_by, owed_to_organisation, owed_to_authority, subject_type, subject_id, rule, area_code,
				       due_date, due_at, provisional, remind_at, orange_at, red_at, level
				from obligation
				where status in ('OPEN', 'OVERDUE') and next_sweep_at <= :now
				order by next_sweep_at
				limit :batch
				for no key update skip locked""")
			.param("now", Sql.timestamp(now))
			.param("batch", batchSize)
			.query(SweepStore::due)
			.list();
	}

	/**
	 * Inserts the warnings in one statement, each unless it exists; answers those this call created, with
	 * their ids.
	 */
	List<Issued> issue(List<Warning> warnings, Instant now) {
		if (warnings.isEmpty()) {
			return List.of();
		}
		Map<Long, DueObligation> byId = new HashMap<>();
		Map<Warning, Integer> order = new HashMap<>();
		warnings.forEach(warning -> {
			byId.put(warning.obligation().id(), warning.obligation());
			order.put(warning, order.size());
		});
		List<Issued> issued = new ArrayList<>(jdbc.sql("""
				insert into obligation_warning (obligation_id, level, issued_at, due_at)
				select w.obligation_id, w.level, :now, w.due_at::timestamptz
				from unnest(cast(:ids as bigint[]), cast(:levels as text[]), cast(:due as text[])) as w(obligation_id, level, due_at)
				on conflict on constraint obligation_warning_once do nothing
				returning id, obligation_id, level""")
			.param("ids", warnings.stream().map(warning -> warning.obligation().id()).toArray(Long[]::new))
			.param("levels", warnings.stream().map(warning -> warning.level().name()).toArray(String[]::new))
			.param("due", warnings.stream().map(warning -> warning.obligation().stages().dueAt().toString()).toArray(String[]::new))
			.param("now", Sql.timestamp(now))
			.query((rs, row) -> new Issued(byId.get(rs.getLong("obligation_id")), WarningLevel.valueOf(rs.getString("level")),
					rs.getLong("id")))
			.list());
		issued.sort(Comparator.comparing(created -> order.get(new Warning(created.obligation(), created.level()))));
		return issued;
	}

	/** Stores for each claimed obligation the level reached and when to look again, in one statement. */
	void advance(List<Reached> reached) {
		if (reached.isEmpty()) {
			return;
		}
		jdbc.sql("""
				update obligation o set level = r.level, status = r.status, next_sweep_at = r.next::timestamptz,
				       version = o.version + 1
				from unnest(cast(:ids as bigint[]), cast(:levels as text[]), cast(:statuses as text[]), cast(:next as text[]))
				     as r(id, level, status, next)
				where o.id = r.id""")
			.param("ids", reached.stream().map(Reached::id).toArray(Long[]::new))
			.param("levels", reached.stream().map(r -> r.level().name()).toArray(String[]::new))
			.param("statuses", reached.stream()
				.map(r -> (r.level().overdue() ? ObligationStatus.OVERDUE : ObligationStatus.OPEN).name())
				.toArray(String[]::new))
			.param("next", reached.stream().map(r -> r.next() == null ? null : r.next().toString()).toArray(String[]::new))
			.update();
	}

	/** A warning the sweeper means to issue. */
	record Warning(DueObligation obligation, WarningLevel level) {
	}

	/** A warning this sweep created. */
	record Issued(DueObligation obligation, WarningLevel level, long warningId) {
	}

	/** The level an obligation has reached and when the sweeper must look again ({@code null}: never). */
	record Reached(long id, WarningLevel level, Instant next) {
	}

	private static DueObligation due(ResultSet rs, int row) throws SQLException {
		var stages = new Stages(rs.getObject("due_date", LocalDate.class), Sql.instant(rs, "due_at"),
				rs.getBoolean("provisional"), Sql.instant(rs, "remind_at"), Sql.instant(rs, "orange_at"),
				Sql.instant(rs, "red_at"));
		return new DueObligation(rs.getLong("id"), rs.getString("rule"), Sql.subject(rs), Sql.parties(rs),
				AreaCode.of(rs.getString("area_code")), stages, WarningLevel.valueOf(rs.getString("level")));
	}

}
