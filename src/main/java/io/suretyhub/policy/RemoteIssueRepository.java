package io.suretyhub.policy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import io.suretyhub.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code policy_remote_issue} table: underwriting results waiting for the insurer's remote signature. */
@Repository
class RemoteIssueRepository {

	/** A prepared policy: what it is issued with once the signature is accepted. */
	record Pending(UUID requestId, long policyId, long insurerId, String number, String verificationCode,
			Underwriting.Priced priced, CounterGuarantee counterGuarantee, String underwriter) {
	}

	private final JdbcClient jdbc;

	RemoteIssueRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Pending> byPolicy(long policyId) {
		return jdbc.sql("SELECT * FROM policy_remote_issue WHERE policy_id = :id").param("id", policyId)
			.query(RemoteIssueRepository::map).optional();
	}

	Optional<Pending> byNumber(String number) {
		return jdbc.sql("SELECT * FROM policy_remote_issue WHERE number = :n").param("n", number)
			.query(RemoteIssueRepository::map).optional();
	}

	Optional<Pending> find(long insurerId, UUID requestId) {
		return jdbc.sql("SELECT * FROM policy_remote_issue WHERE request_id = :id AND insurer_id = :insurer")
			.param("id", requestId).param("insurer", insurerId)
			.query(RemoteIssueRepository::map).optional();
	}

	void replace(Pending p, Instant preparedAt) {
		jdbc.sql("DELETE FROM policy_remote_issue WHERE policy_id = :id").param("id", p.policyId()).update();
		CounterGuarantee cg = p.counterGuarantee();
		jdbc.sql("""
				INSERT INTO policy_remote_issue (request_id, policy_id, insurer_id, number, verification_code, rate, premium,
				  cg_agreement, cg_amount, cg_form_scope, cg_start, cg_end, underwriter, prepared_at)
				VALUES (:request, :policy, :insurer, :number, :code, :rate, :premium, :cgAgreement, :cgAmount, :cgForm,
				  :cgStart, :cgEnd, :underwriter, :at)""")
			.param("request", p.requestId()).param("policy", p.policyId()).param("insurer", p.insurerId())
			.param("number", p.number()).param("code", p.verificationCode()).param("rate", p.priced().rate())
			.param("premium", p.priced().premium().amount())
			.param("cgAgreement", cg == null ? null : cg.agreementNumber())
			.param("cgAmount", cg == null ? null : cg.amount().amount())
			.param("cgForm", cg == null ? null : cg.formAndScope())
			.param("cgStart", cg == null ? null : cg.start()).param("cgEnd", cg == null ? null : cg.end())
			.param("underwriter", p.underwriter()).param("at", Timestamp.from(preparedAt))
			.update();
	}

	void delete(UUID requestId) {
		jdbc.sql("DELETE FROM policy_remote_issue WHERE request_id = :id").param("id", requestId).update();
	}

	private static Pending map(ResultSet rs, int row) throws SQLException {
		CounterGuarantee cg = rs.getString("cg_agreement") == null ? null
				: new CounterGuarantee(rs.getString("cg_agreement"), new Money(rs.getBigDecimal("cg_amount")),
						rs.getString("cg_form_scope"), rs.getObject("cg_start", LocalDate.class),
						rs.getObject("cg_end", LocalDate.class));
		return new Pending(rs.getObject("request_id", UUID.class), rs.getLong("policy_id"), rs.getLong("insurer_id"),
				rs.getString("number"), rs.getString("verification_code"),
				new Underwriting.Priced(rs.getBigDecimal("rate"), new Money(rs.getBigDecimal("premium"))), cg,
				rs.getString("underwriter"));
	}

}
