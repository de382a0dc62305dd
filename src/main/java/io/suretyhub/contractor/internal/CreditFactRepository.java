package io.suretyhub.contractor.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.suretyhub.contractor.CreditFact;
import io.suretyhub.contractor.CreditFactKind;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for credit facts; reads for a viewer filter by the viewer's scope in SQL. */
@Repository
public class CreditFactRepository {

	private static final String SELECT = "SELECT f.id, f.contractor_id, f.kind, f.occurred_on, f.evidence, f.source,"
			+ " f.area_code, f.recorded_by, f.recorded_at FROM credit_fact f";

	private final JdbcClient jdbc;

	CreditFactRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(long contractorId, CreditFactKind kind, LocalDate occurredOn, String evidence, String source,
			AreaCode area, Long recordedBy, String deadlineKey, Instant at) {
		return jdbc.sql("""
				INSERT INTO credit_fact (contractor_id, kind, occurred_on, evidence, source, area_code, recorded_by,
				  deadline_key, recorded_at)
				VALUES (:contractor, :kind, :occurred, :evidence, :source, :area, :by, :deadline, :at) RETURNING id""")
			.param("contractor", contractorId)
			.param("kind", kind.name())
			.param("occurred", occurredOn)
			.param("evidence", evidence)
			.param("source", source)
			.param("area", area.value())
			.param("by", recordedBy)
			.param("deadline", deadlineKey)
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	public Optional<Long> insertOnce(long contractorId, CreditFactKind kind, LocalDate occurredOn, String deadlineKey,
			AreaCode area, Instant at) {
		return jdbc.sql("""
				INSERT INTO credit_fact (contractor_id, kind, occurred_on, evidence, source, area_code, recorded_by,
				  deadline_key, recorded_at)
				VALUES (:contractor, :kind, :occurred, :deadline, 'platform', :area, NULL, :deadline, :at)
				ON CONFLICT (kind, deadline_key) WHERE deadline_key IS NOT NULL DO NOTHING RETURNING id""")
			.param("contractor", contractorId)
			.param("kind", kind.name())
			.param("occurred", occurredOn)
			.param("deadline", deadlineKey)
			.param("area", area.value())
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.optional();
	}

	public List<CreditFact> between(long contractorId, LocalDate from, LocalDate to) {
		return jdbc.sql(SELECT + " WHERE f.contractor_id = :contractor AND f.occurred_on BETWEEN :from AND :to"
				+ " ORDER BY f.occurred_on, f.id")
			.param("contractor", contractorId)
			.param("from", from)
			.param("to", to)
			.query(this::map)
			.list();
	}

	public List<CreditFact> visible(AccessScope viewer, Long contractorId, int limit) {
		String condition = switch (viewer.role()) {
			case REGION_AUTHORITY, FINANCIAL_REGULATOR, LOCAL_AUTHORITY -> "f.area_code LIKE :scope";
			case CONTRACTOR -> "f.contractor_id = :own";
			default -> "FALSE";
		};
		return jdbc.sql(SELECT + " WHERE " + condition + (contractorId == null ? "" : " AND f.contractor_id = :contractor")
				+ " ORDER BY f.occurred_on DESC, f.id DESC LIMIT :limit")
			.param("scope", viewer.areaPrefix())
			.param("own", viewer.organisationId())
			.param("contractor", contractorId == null ? 0L : contractorId)
			.param("limit", limit)
			.query(this::map)
			.list();
	}

	private CreditFact map(ResultSet rs, int row) throws SQLException {
		long by = rs.getLong("recorded_by");
		return new CreditFact(rs.getLong("id"), rs.getLong("contractor_id"), CreditFactKind.valueOf(rs.getString("kind")),
				rs.getObject("occurred_on", LocalDate.class), rs.getString("evidence"), rs.getString("source"),
				AreaCode.of(rs.getString("area_code")), rs.wasNull() ? null : by,
				rs.getTimestamp("recorded_at").toInstant());
	}

}
