package io.suretyhub.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

import io.suretyhub.audit.AuditRecord;
import io.suretyhub.shared.AuditEvent.Outcome;

import org.springframework.jdbc.core.RowMapper;

/** Reads {@code audit_record} rows selected with {@link #COLUMNS}. */
final class AuditRecordRowMapper implements RowMapper<AuditRecord> {

	static final String COLUMNS = "sequence_no, occurred_at, actor, source_address, action, object_type, object_id, "
			+ "outcome, detail, previous_hash, hash";

	static final AuditRecordRowMapper INSTANCE = new AuditRecordRowMapper();

	private AuditRecordRowMapper() {
	}

	@Override
	public AuditRecord mapRow(ResultSet rs, int rowNum) throws SQLException {
		return new AuditRecord(rs.getLong("sequence_no"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getString("actor"), rs.getString("source_address"), rs.getString("action"),
				rs.getString("object_type"), rs.getString("object_id"), Outcome.valueOf(rs.getString("outcome")),
				rs.getString("detail"), rs.getString("previous_hash"), rs.getString("hash"));
	}

}
