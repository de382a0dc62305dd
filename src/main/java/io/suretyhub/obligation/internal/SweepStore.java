package io.suretyhub.obligation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.suretyhub.obligation.ObligationStatus;
import io.suretyhub.obligation.WarningLevel;
import io.suretyhub.shared.AreaCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sweeper's SQL: claims due rows with {@code FOR UPDATE SKIP LOCKED} through the partial index on
 * open obligations by next due time, and inserts each warning at most once (unique per obligation and
 * level).
 */
@Repository
class SweepStore {

	private final JdbcClient jdbc;

	SweepStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<DueObligation> claim(Instant now, int batchSize) {
		return jdbc.sql("""
				select id, owed_by, owed_to_organisation, owed_to_authority, subject_type, subject_id, rule, area_code,
				       due_date, due_at, provisional, remind_at, orange_at, red_at, level
				from obligation
				where status in ('OPEN', 'OVERDUE') and next_sweep_at <= :now
				order by next_sweep_at
				limit :batch
				for update skip locked""")
			.param("now", Sql.timestamp(now))
			.param("batch", batchSize)
			.query(SweepStore::due)
			.list();
	}

	/** Inserts the warning unless it exists; answers its id only if this call created it. */
	Optional<Long> issue(DueObligation obligation, WarningLevel level, Instant now) {
		return jdbc.sql("""
				insert into obligation_warning (obligation_id, level, issued_at, due_at) values (:id, :level, :now, :due)
				on conflict on constraint obligation_warning_once do nothing
				returning id""")
			.param("id", obligation.id())
			.param("level", level.name())
			.param("now", Sql.timestamp(now))
			.param("due", Sql.timestamp(obligation.stages().dueAt()))
			.query(Long.class)
			.optional();
	}

	void advance(long id, WarningLevel reached, Instant nextSweepAt) {
		jdbc.sql("""
				update obligation set level = :level, status = :status, next_sweep_at = :next, version = version + 1
				where id = :id""")
			.param("id", id)
			.param("level", reached.name())
			.param("status", (reached.overdue() ? ObligationStatus.OVERDUE : ObligationStatus.OPEN).name())
			.param("next", Sql.timestamp(nextSweepAt))
			.update();
	}

	private static DueObligation due(ResultSet rs, int row) throws SQLException {
		var stages = new Stages(rs.getObject("due_date", LocalDate.class), Sql.instant(rs, "due_at"),
				rs.getBoolean("provisional"), Sql.instant(rs, "remind_at"), Sql.instant(rs, "orange_at"),
				Sql.instant(rs, "red_at"));
		return new DueObligation(rs.getLong("id"), rs.getString("rule"), Sql.subject(rs), Sql.parties(rs),
				AreaCode.of(rs.getString("area_code")), stages, WarningLevel.valueOf(rs.getString("level")));
	}

}
