package io.suretyhub.payout.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.suretyhub.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Recorded bank transfers; the bank reference is unique, so a repeated message records nothing (R-CLM-5). */
@Repository
public class PaymentRepository {

	private final JdbcClient jdbc;

	PaymentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts the payment unless its bank reference is known; answers the new id, or empty when it was. */
	public Optional<Long> insertOnce(long caseId, long workerId, String reference, Money amount, Instant paidAt,
			long recordedBy, Instant now) {
		return jdbc.sql("""
				INSERT INTO payout_payment (case_id, worker_id, bank_reference, amount, paid_at, recorded_by, recorded_at)
				VALUES (:case, :worker, :reference, :amount, :paidAt, :by, :now)
				ON CONFLICT (bank_reference) DO NOTHING RETURNING id""")
			.param("case", caseId)
			.param("worker", workerId)
			.param("reference", reference)
			.param("amount", amount.amount())
			.param("paidAt", Timestamp.from(paidAt))
			.param("by", recordedBy)
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.optional();
	}

	public Optional<Recorded> byReference(String reference) {
		return jdbc.sql("""
				SELECT p.id, p.case_id, w.line_no, p.amount FROM payout_payment p JOIN payout_worker w ON w.id = p.worker_id
				WHERE p.bank_reference = :reference""")
			.param("reference", reference)
			.query((rs, row) -> new Recorded(rs.getLong("id"), rs.getLong("case_id"), rs.getInt("line_no"),
					new Money(rs.getBigDecimal("amount"))))
			.optional();
	}

	public List<Paid> ofCase(long caseId) {
		return jdbc.sql("""
				SELECT p.bank_reference, w.line_no, p.amount, p.paid_at FROM payout_payment p
				JOIN payout_worker w ON w.id = p.worker_id WHERE p.case_id = :case ORDER BY p.paid_at, p.id""")
			.param("case", caseId)
			.query((rs, row) -> new Paid(rs.getString("bank_reference"), rs.getInt("line_no"),
					new Money(rs.getBigDecimal("amount")), rs.getTimestamp("paid_at").toInstant()))
			.list();
	}

	/** A payment already on file. */
	public record Recorded(long id, long caseId, int line, Money amount) {
	}

	/** A payment as listed. */
	public record Paid(String bankReference, int line, Money amount, Instant paidAt) {
	}

}
