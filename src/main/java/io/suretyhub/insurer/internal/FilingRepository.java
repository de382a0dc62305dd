package io.suretyhub.insurer.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for filings. */
@Repository
class FilingRepository {

	private static final String SELECT = "SELECT insurer_id, status, name, credit_code, business_address,"
			+ " legal_representative, legal_rep_id_number, provincial_head, contact_phone, submitted_at, reviewed_at,"
			+ " reviewed_by, return_reason, registered_on, revoked_on, revoke_reason FROM insurer_filing";

	private final JdbcClient jdbc;

	FilingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Filing> find(long insurerId) {
		return jdbc.sql(SELECT + " WHERE insurer_id = :i").param("i", insurerId).query(this::map).optional();
	}

	List<Filing> withStatus(FilingStatus status) {
		return jdbc.sql(SELECT + " WHERE status = :s ORDER BY submitted_at, insurer_id")
			.param("s", status.name()).query(this::map).list();
	}

	List<Filing> all() {
		return jdbc.sql(SELECT + " ORDER BY insurer_id").query(this::map).list();
	}

	void createDraft(long insurerId, String name, String creditCode, Instant at) {
		jdbc.sql("INSERT INTO insurer_filing (insurer_id, status, name, credit_code, updated_at)"
				+ " VALUES (:i, 'DRAFT', :n, :c, :at) ON CONFLICT (insurer_id) DO NOTHING")
			.param("i", insurerId).param("n", name).param("c", creditCode).param("at", Timestamp.from(at)).update();
	}

	void saveForm(long insurerId, FilingForm form, Instant at) {
		jdbc.sql("""
				UPDATE insurer_filing SET business_address = :a, legal_representative = :l, legal_rep_id_number = :id,
				provincial_head = :h, contact_phone = :p, updated_at = :at WHERE insurer_id = :i""")
			.param("a", form.businessAddress().strip()).param("l", form.legalRepresentative().strip())
			.param("id", form.legalRepIdNumber()).param("h", form.provincialHead().strip())
			.param("p", form.contactPhone()).param("at", Timestamp.from(at)).param("i", insurerId).update();
	}

	void submitted(long insurerId, Instant at) {
		jdbc.sql("UPDATE insurer_filing SET status = 'SUBMITTED', submitted_at = :at, updated_at = :at WHERE insurer_id = :i")
			.param("at", Timestamp.from(at)).param("i", insurerId).update();
	}

	void reviewed(long insurerId, FilingStatus status, String officer, String reason, Instant at, java.time.LocalDate day) {
		jdbc.sql("""
				UPDATE insurer_filing SET status = :s, reviewed_at = :at, reviewed_by = :by, updated_at = :at,
				return_reason = CASE WHEN :s = 'RETURNED' THEN :r ELSE return_reason END,
				registered_on = CASE WHEN :s = 'REGISTERED' THEN CAST(:day AS DATE) ELSE registered_on END,
				revoked_on = CASE WHEN :s = 'REVOKED' THEN CAST(:day AS DATE) ELSE revoked_on END,
				revoke_reason = CASE WHEN :s = 'REVOKED' THEN :r ELSE revoke_reason END
				WHERE insurer_id = :i""")
			.param("s", status.name()).param("at", Timestamp.from(at)).param("by", officer).param("r", reason)
			.param("day", Date.valueOf(day)).param("i", insurerId).update();
	}

	private Filing map(ResultSet rs, int row) throws SQLException {
		return new Filing(rs.getLong(1), FilingStatus.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), instant(rs, 10),
				instant(rs, 11), rs.getString(12), rs.getString(13), day(rs, 14), day(rs, 15), rs.getString(16));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static java.time.LocalDate day(ResultSet rs, int column) throws SQLException {
		Date value = rs.getDate(column);
		return value == null ? null : value.toLocalDate();
	}

}
