package io.suretyhub.obligation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.suretyhub.obligation.ObligationStatus;
import io.suretyhub.obligation.WarningLevel;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores {@link Obligation}s in {@code obligation} with plain SQL: one statement per read or write, the
 * version column guarding concurrent changes (a lost update fails with
 * {@link OptimisticLockingFailureException}). Deadlines are opened and met on every issue, so no mapping
 * framework sits on this path.
 */
@Repository
class ObligationRepository {

	private static final String COLUMNS = """
			owed_by, owed_to_organisation, owed_to_authority, subject_type, subject_id, rule, area_code, time_limit,
			started_at, due_date, due_at, provisional, remind_at, orange_at, red_at, status, level, next_sweep_at,
			closed_at, waiver_reason""";

	private final JdbcClient jdbc;

	ObligationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Obligation> findById(long id) {
		return jdbc.sql("SELECT * FROM obligation WHERE id = :id").param("id", id).query(ObligationRepository::read)
			.optional();
	}

	Optional<Obligation> findOpened(String rule, String type, String id, Instant startedAt) {
		return jdbc.sql("""
				SELECT * FROM obligation
				WHERE rule = :rule AND subject_type = :type AND subject_id = :id AND started_at = :startedAt""")
			.param("rule", rule).param("type", type).param("id", id).param("startedAt", Sql.timestamp(startedAt))
			.query(ObligationRepository::read)
			.optional();
	}

	List<Obligation> findOpen(String rule, String type, String id) {
		return jdbc.sql("""
				SELECT * FROM obligation
				WHERE rule = :rule AND subject_type = :type AND subject_id = :id AND status IN ('OPEN', 'OVERDUE')
				ORDER BY id""")
			.param("rule", rule).param("type", type).param("id", id)
			.query(ObligationRepository::read)
			.list();
	}

	/** Inserts a new obligation or updates a stored one at the version it was read; answers it. */
	Obligation save(Obligation o) {
		if (o.id == null) {
			o.id = bind(jdbc.sql("INSERT INTO obligation (" + COLUMNS + ") VALUES (:owedBy, :owedToOrganisation,"
					+ " :owedToAuthority, :subjectType, :subjectId, :rule, :areaCode, :timeLimit, :startedAt, :dueDate, :dueAt,"
					+ " :provisional, :remindAt, :orangeAt, :redAt, :status, :level, :nextSweepAt, :closedAt, :waiverReason)"
					+ " RETURNING id"), o).query(Long.class).single();
			o.version = 0;
			return o;
		}
		int updated = changing(jdbc.sql("""
				UPDATE obligation SET due_date = :dueDate, due_at = :dueAt, provisional = :provisional,
				  remind_at = :remindAt, orange_at = :orangeAt, red_at = :redAt, status = :status,
				  next_sweep_at = :nextSweepAt, closed_at = :closedAt, waiver_reason = :waiverReason, version = version + 1
				WHERE id = :id AND version = :version"""), o).param("id", o.id).param("version", o.version).update();
		if (updated != 1) {
			throw new OptimisticLockingFailureException("Obligation " + o.id + " changed since version " + o.version);
		}
		o.version++;
		return o;
	}

	/** Binds every column: a new obligation. */
	private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, Obligation o) {
		return changing(sql, o).param("owedBy", o.owedBy).param("owedToOrganisation", o.owedToOrganisation)
			.param("owedToAuthority", o.owedToAuthority).param("subjectType", o.subjectType)
			.param("subjectId", o.subjectId).param("rule", o.rule).param("areaCode", o.areaCode)
			.param("timeLimit", o.timeLimit).param("startedAt", Sql.timestamp(o.startedAt)).param("level", o.level.name());
	}

	/**
	 * Binds what an {@link Obligation} itself can change (its stages, when rescheduled, and its closing); the
	 * warning level belongs to the sweeper, which writes it with its own statement.
	 */
	private static JdbcClient.StatementSpec changing(JdbcClient.StatementSpec sql, Obligation o) {
		return sql.param("dueDate", o.dueDate).param("dueAt", Sql.timestamp(o.dueAt)).param("provisional", o.provisional)
			.param("remindAt", Sql.timestamp(o.remindAt)).param("orangeAt", Sql.timestamp(o.orangeAt))
			.param("redAt", Sql.timestamp(o.redAt)).param("status", o.status.name())
			.param("nextSweepAt", Sql.timestamp(o.nextSweepAt)).param("closedAt", Sql.timestamp(o.closedAt))
			.param("waiverReason", o.waiverReason);
	}

	private static Obligation read(ResultSet rs, int row) throws SQLException {
		var o = new Obligation();
		o.id = rs.getLong("id");
		o.owedBy = rs.getLong("owed_by");
		long owedTo = rs.getLong("owed_to_organisation");
		o.owedToOrganisation = rs.wasNull() ? null : owedTo;
		o.owedToAuthority = rs.getString("owed_to_authority");
		o.subjectType = rs.getString("subject_type");
		o.subjectId = rs.getString("subject_id");
		o.rule = rs.getString("rule");
		o.areaCode = rs.getString("area_code");
		o.timeLimit = rs.getString("time_limit");
		o.startedAt = Sql.instant(rs, "started_at");
		o.dueDate = rs.getObject("due_date", java.time.LocalDate.class);
		o.dueAt = Sql.instant(rs, "due_at");
		o.provisional = rs.getBoolean("provisional");
		o.remindAt = Sql.instant(rs, "remind_at");
		o.orangeAt = Sql.instant(rs, "orange_at");
		o.redAt = Sql.instant(rs, "red_at");
		o.status = ObligationStatus.valueOf(rs.getString("status"));
		o.level = WarningLevel.valueOf(rs.getString("level"));
		o.nextSweepAt = Sql.instant(rs, "next_sweep_at");
		o.closedAt = Sql.instant(rs, "closed_at");
		o.waiverReason = rs.getString("waiver_reason");
		o.version = rs.getInt("version");
		return o;
	}

}
