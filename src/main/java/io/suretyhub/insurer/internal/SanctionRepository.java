package io.suretyhub.insurer.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for sanctions. */
@Repository
class SanctionRepository {

	private static final String SELECT = "SELECT s.id, s.insurer_id, o.name, s.status, s.trigger_kind, s.detail,"
			+ " s.proposed_at, s.kind, s.starts_on, s.ends_on, s.decided_at, s.decided_by, s.decision_reason,"
			+ " s.lifted_at, s.lifted_by, s.lift_reason FROM insurer_sanction s JOIN organisation o ON o.id = s.insurer_id";

	private final JdbcClient jdbc;

	SanctionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return the new proposal's id, or empty if one with this source key exists already */
	Optional<Long> propose(long insurerId, SanctionTrigger trigger, String detail, String sourceKey, String area,
			Instant at) {
		return jdbc.sql("""
				INSERT INTO insurer_sanction (insurer_id, status, trigger_kind, detail, source_key, area_code, proposed_at)
				VALUES (:i, 'PROPOSED', :t, :d, :k, :a, :at) ON CONFLICT (source_key) DO NOTHING RETURNING id""")
			.param("i", insurerId).param("t", trigger.name()).param("d", detail).param("k", sourceKey).param("a", area)
			.param("at", Timestamp.from(at)).query(Long.class).optional();
	}

	Optional<Sanction> find(long id) {
		return jdbc.sql(SELECT + " WHERE s.id = :id").param("id", id).query(this::map).optional();
	}

	List<Sanction> ofInsurer(long insurerId) {
		return jdbc.sql(SELECT + " WHERE s.insurer_id = :i ORDER BY s.id DESC").param("i", insurerId).query(this::map).list();
	}

	List<Sanction> withStatus(String status) {
		return jdbc.sql(SELECT + " WHERE s.status = :s ORDER BY s.id").param("s", status).query(this::map).list();
	}

	void decide(long id, String status, String kind, LocalDate startsOn, LocalDate endsOn, String by, String reason,
			Instant at) {
		jdbc.sql("""
				UPDATE insurer_sanction SET status = :s, kind = :k, starts_on = :start, ends_on = :end, decided_by = :by,
				decision_reason = :r, decided_at = :at WHERE id = :id AND status = 'PROPOSED'""")
			.param("s", status).param("k", kind).param("start", startsOn == null ? null : Date.valueOf(startsOn))
			.param("end", endsOn == null ? null : Date.valueOf(endsOn)).param("by", by).param("r", reason)
			.param("at", Timestamp.from(at)).param("id", id).update();
	}

	void lift(long id, String by, String reason, Instant at) {
		jdbc.sql("UPDATE insurer_sanction SET status = 'LIFTED', lifted_by = :by, lift_reason = :r, lifted_at = :at"
				+ " WHERE id = :id AND status = 'ACTIVE'")
			.param("by", by).param("r", reason).param("at", Timestamp.from(at)).param("id", id).update();
	}

	private Sanction map(ResultSet rs, int row) throws SQLException {
		return new Sanction(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
				SanctionTrigger.valueOf(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8),
				day(rs.getDate(9)), day(rs.getDate(10)), instant(rs.getTimestamp(11)), rs.getString(12), rs.getString(13),
				instant(rs.getTimestamp(14)), rs.getString(15), rs.getString(16));
	}

	private static LocalDate day(Date date) {
		return date == null ? null : date.toLocalDate();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
