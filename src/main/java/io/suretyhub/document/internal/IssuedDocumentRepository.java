package io.suretyhub.document.internal;

import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

import io.suretyhub.document.IssuedDocument;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code issued_policy_document} table: insert and read only, there is no update. */
@Repository
public class IssuedDocumentRepository {

	private static final String COLUMNS = "number, insurer_id, insurer_name, area_code, policyholder_name, project_name, "
			+ "sum_insured, period_start, period_end, sha256, octet_length(content) AS size, signed_at, signing_mode, "
			+ "certificate_id";

	private final JdbcClient jdbc;

	IssuedDocumentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(PolicySummary summary, byte[] content, String sha256, Instant signedAt, IssuedDocument.SigningMode mode,
			long certificateId, String certificateFingerprint) {
		summary.bind(jdbc.sql("""
				INSERT INTO issued_policy_document (number, verification_code, insurer_id, insurer_name, area_code,
				  policyholder_name, project_name, sum_insured, period_start, period_end, content, sha256, signed_at,
				  signing_mode, certificate_id, certificate_fingerprint)
				VALUES (:number, :code, :insurer, :insurerName, :area, :holder, :project, :sum, :start, :end, :content,
				  :sha, :signedAt, :mode, :certificate, :fingerprint)"""))
			.param("content", content)
			.param("sha", sha256)
			.param("signedAt", Timestamp.from(signedAt))
			.param("mode", mode.name())
			.param("certificate", certificateId)
			.param("fingerprint", certificateFingerprint)
			.update();
	}

	public boolean exists(String number) {
		return jdbc.sql("SELECT count(*) FROM issued_policy_document WHERE number = :n")
			.param("n", number)
			.query(Long.class)
			.single() > 0;
	}

	public Optional<IssuedDocument> find(String number) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM issued_policy_document WHERE number = :n")
			.param("n", number)
			.query(IssuedDocumentRepository::map)
			.optional();
	}

	/** The issued document, only when {@code code} is its verification code (compared in constant time). */
	public Optional<IssuedDocument> findVerified(String number, String code) {
		Optional<String> stored = jdbc.sql("SELECT verification_code FROM issued_policy_document WHERE number = :n")
			.param("n", number)
			.query(String.class)
			.optional();
		if (stored.isEmpty() || code == null
				|| !MessageDigest.isEqual(stored.get().getBytes(), code.strip().toUpperCase().getBytes())) {
			return Optional.empty();
		}
		return find(number);
	}

	public Optional<IssuedDocument> findBySha256(String sha256) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM issued_policy_document WHERE sha256 = :s")
			.param("s", sha256)
			.query(IssuedDocumentRepository::map)
			.optional();
	}

	public Optional<byte[]> content(String number) {
		return jdbc.sql("SELECT content FROM issued_policy_document WHERE number = :n")
			.param("n", number)
			.query(byte[].class)
			.optional();
	}

	static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	private static IssuedDocument map(ResultSet rs, int row) throws SQLException {
		return new IssuedDocument(rs.getString("number"), rs.getLong("insurer_id"), rs.getString("insurer_name"),
				AreaCode.of(rs.getString("area_code")), rs.getString("policyholder_name"), rs.getString("project_name"),
				new Money(rs.getBigDecimal("sum_insured")), rs.getDate("period_start").toLocalDate(),
				rs.getDate("period_end").toLocalDate(), rs.getString("sha256"), rs.getInt("size"),
				rs.getTimestamp("signed_at").toInstant(), IssuedDocument.SigningMode.valueOf(rs.getString("signing_mode")),
				rs.getLong("certificate_id"));
	}

}
