package io.suretyhub.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;

import javax.sql.DataSource;

import io.suretyhub.shared.AuditEvent.Outcome;

import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an intruder with the database superuser's password can do: switch the append-only triggers
 * off for one transaction ({@code session_replication_role = replica}) and change the trail.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AuditDatabase {

	private static final String SELECT = "select sequence_no, occurred_at, actor, source_address, action, "
			+ "object_type, object_id, outcome, detail, previous_hash, hash from audit_record";

	private final DataSource superuser;

	private final JdbcClient app;

	AuditDatabase(@FlywayDataSource DataSource superuser, DataSource dataSource) {
		this.superuser = superuser;
		this.app = JdbcClient.create(dataSource);
	}

	/** Runs statements as superuser with the triggers off, in one transaction. */
	public void tamper(String... statements) {
		try (Connection c = superuser.getConnection()) {
			c.setAutoCommit(false);
			try (var s = c.createStatement()) {
				s.execute("set local session_replication_role = replica");
				for (String sql : statements) {
					s.execute(sql);
				}
			}
			c.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Empties the trail and resets its head, so a test starts from an empty chain. */
	public void reset() {
		tamper("delete from audit_record",
				"update audit_chain_head set last_sequence = 0, last_hash = '" + AuditRecord.GENESIS_HASH + "'");
	}

	public long count() {
		return app.sql("select count(*) from audit_record").query(Long.class).single();
	}

	public List<AuditRecord> all() {
		return app.sql(SELECT + " order by sequence_no").query(AuditDatabase::map).list();
	}

	public AuditRecord find(long sequence) {
		return app.sql(SELECT + " where sequence_no = ?").param(sequence).query(AuditDatabase::map).single();
	}

	private static AuditRecord map(ResultSet rs, int row) throws SQLException {
		return new AuditRecord(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), Outcome.valueOf(rs.getString(8)),
				rs.getString(9), rs.getString(10), rs.getString(11));
	}

}
