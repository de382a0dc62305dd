package io.suretyhub.document.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.suretyhub.document.RemoteSigning;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code remote_signing_request} table: policies waiting for the insurer's signature. */
@Repository
class RemoteSigningRepository {

	/** A pending request with what it takes to finish it. */
	record Pending(RemoteSigning signing, PolicySummary summary, PreparedPdf prepared) {
	}

	private final JdbcClient jdbc;

	RemoteSigningRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void replace(UUID id, PolicySummary summary, PreparedPdf prepared, Instant preparedAt, Instant expiresAt) {
		jdbc.sql("DELETE FROM remote_signing_request WHERE number = :n").param("n", summary.number()).update();
		summary.bind(jdbc.sql("""
				INSERT INTO remote_signing_request (id, number, verification_code, insurer_id, insurer_name, area_code,
				  policyholder_name, project_name, sum_insured, period_start, period_end, prepared, byte_range,
				  prepared_at, expires_at)
				VALUES (:id, :number, :code, :insurer, :insurerName, :area, :holder, :project, :sum, :start, :end,
				  :prepared, :range, :preparedAt, :expiresAt)"""))
			.param("id", id)
			.param("prepared", prepared.bytes())
			.param("range", prepared.byteRange())
			.param("preparedAt", Timestamp.from(preparedAt))
			.param("expiresAt", Timestamp.from(expiresAt))
			.update();
	}

	Optional<Pending> find(long insurerId, UUID id) {
		return select(insurerId, id, "");
	}

	/** Takes the request for completion, locking it against a concurrent completion. */
	Optional<Pending> lock(long insurerId, UUID id) {
		return select(insurerId, id, " FOR UPDATE");
	}

	private Optional<Pending> select(long insurerId, UUID id, String lock) {
		return jdbc.sql("SELECT * FROM remote_signing_request WHERE id = :id AND insurer_id = :insurer" + lock)
			.param("id", id)
			.param("insurer", insurerId)
			.query(RemoteSigningRepository::map)
			.optional();
	}

	void delete(UUID id) {
		jdbc.sql("DELETE FROM remote_signing_request WHERE id = :id").param("id", id).update();
	}

	private static Pending map(ResultSet rs, int row) throws SQLException {
		Long[] boxed = (Long[]) rs.getArray("byte_range").getArray();
		long[] range = new long[boxed.length];
		for (int i = 0; i < boxed.length; i++) {
			range[i] = boxed[i];
		}
		var prepared = new PreparedPdf(rs.getBytes("prepared"), range);
		var summary = new PolicySummary(rs.getString("number"), rs.getString("verification_code"),
				rs.getLong("insurer_id"), rs.getString("insurer_name"), AreaCode.of(rs.getString("area_code")),
				rs.getString("policyholder_name"), rs.getString("project_name"), new Money(rs.getBigDecimal("sum_insured")),
				rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate());
		var signing = new RemoteSigning(rs.getObject("id", UUID.class), summary.number(), summary.insurerId(),
				prepared.digest(), range, rs.getTimestamp("prepared_at").toInstant(),
				rs.getTimestamp("expires_at").toInstant());
		return new Pending(signing, summary, prepared);
	}

}
