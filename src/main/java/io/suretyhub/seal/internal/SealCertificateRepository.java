package io.suretyhub.seal.internal;

import java.io.ByteArrayOutputStream;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.suretyhub.seal.SealCertificate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code seal_certificate} table. */
@Repository
class SealCertificateRepository {

	private static final String COLUMNS = "id, insurer_id, fingerprint, serial_number, subject, issuer, key_type, "
			+ "not_before, not_after, chain_der, key_alias, registered_at, revoked_at, revocation_reason";

	private final JdbcClient jdbc;

	SealCertificateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(long insurerId, CertificateInspector.Inspected inspected, String keyAlias, Instant registeredAt) {
		X509Certificate certificate = inspected.chain().get(0);
		return jdbc.sql("""
				INSERT INTO seal_certificate (insurer_id, fingerprint, serial_number, subject, issuer, key_type,
				  not_before, not_after, chain_der, key_alias, registered_at)
				VALUES (:insurer, :fingerprint, :serial, :subject, :issuer, :keyType, :notBefore, :notAfter, :chain,
				  :alias, :at)
				RETURNING id""")
			.param("insurer", insurerId)
			.param("fingerprint", inspected.fingerprint())
			.param("serial", certificate.getSerialNumber().toString(16))
			.param("subject", certificate.getSubjectX500Principal().getName())
			.param("issuer", certificate.getIssuerX500Principal().getName())
			.param("keyType", inspected.keyType())
			.param("notBefore", Timestamp.from(certificate.getNotBefore().toInstant()))
			.param("notAfter", Timestamp.from(certificate.getNotAfter().toInstant()))
			.param("chain", encode(inspected.chain()))
			.param("alias", keyAlias)
			.param("at", Timestamp.from(registeredAt))
			.query(Long.class)
			.single();
	}

	boolean fingerprintExists(String fingerprint) {
		return jdbc.sql("SELECT count(*) FROM seal_certificate WHERE fingerprint = :f")
			.param("f", fingerprint)
			.query(Long.class)
			.single() > 0;
	}

	List<SealCertificate> findByInsurer(long insurerId) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM seal_certificate WHERE insurer_id = :i "
				+ "ORDER BY registered_at DESC, id DESC")
			.param("i", insurerId)
			.query(SealCertificateRepository::map)
			.list();
	}

	Optional<SealCertificate> find(long insurerId, long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM seal_certificate WHERE insurer_id = :i AND id = :id")
			.param("i", insurerId)
			.param("id", id)
			.query(SealCertificateRepository::map)
			.optional();
	}

	Optional<SealCertificate> findByFingerprint(long insurerId, String fingerprint) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM seal_certificate WHERE insurer_id = :i AND fingerprint = :f")
			.param("i", insurerId)
			.param("f", fingerprint)
			.query(SealCertificateRepository::map)
			.optional();
	}

	/** Records the revocation unless one is on record already. */
	void revoke(long id, Instant at, String reason) {
		jdbc.sql("UPDATE seal_certificate SET revoked_at = :at, revocation_reason = :reason "
				+ "WHERE id = :id AND revoked_at IS NULL")
			.param("at", Timestamp.from(at))
			.param("reason", reason)
			.param("id", id)
			.update();
	}

	private static SealCertificate map(ResultSet rs, int row) throws SQLException {
		try {
			return new SealCertificate(rs.getLong("id"), rs.getLong("insurer_id"), rs.getString("fingerprint"),
					rs.getString("serial_number"), rs.getString("subject"), rs.getString("issuer"),
					rs.getString("key_type"), instant(rs, "not_before"), instant(rs, "not_after"),
					CertificateInspector.chainOf(rs.getBytes("chain_der")), rs.getString("key_alias"),
					instant(rs, "registered_at"), instant(rs, "revoked_at"), rs.getString("revocation_reason"));
		}
		catch (CertificateException ex) {
			throw new SQLException("Unreadable certificate on file: " + rs.getLong("id"), ex);
		}
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	private static byte[] encode(List<X509Certificate> chain) {
		var out = new ByteArrayOutputStream();
		try {
			for (X509Certificate certificate : chain) {
				out.writeBytes(certificate.getEncoded());
			}
		}
		catch (CertificateEncodingException ex) {
			throw new IllegalArgumentException(ex);
		}
		return out.toByteArray();
	}

}
