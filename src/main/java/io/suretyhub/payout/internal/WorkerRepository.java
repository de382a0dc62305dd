package io.suretyhub.payout.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.suretyhub.payout.NewWorker;
import io.suretyhub.payout.PayoutWorker;
import io.suretyhub.payout.UnmaskedWorker;
import io.suretyhub.shared.Money;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Roster rows: personal numbers only encrypted, hashed and masked (never in plain text). */
@Repository
public class WorkerRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final PersonalData personal;

	WorkerRepository(JdbcClient jdbc, JdbcTemplate template, PersonalData personal) {
		this.jdbc = jdbc;
		this.template = template;
		this.personal = personal;
	}

	/**
	 * Stores a validated roster in one statement: the sealed columns go to PostgreSQL as eleven arrays and
	 * {@code unnest … WITH ORDINALITY} makes the rows, numbered from 1 (one round trip, whatever the size).
	 */
	public void insert(long caseId, List<NewWorker> roster) {
		String[][] columns = SealedRoster.seal(roster, personal).columns();
		template.update(con -> {
			PreparedStatement statement = con.prepareStatement("""
					INSERT INTO payout_worker (case_id, line_no, name, id_cipher, id_hash, id_masked, phone_cipher, phone_masked,
					  bank, card_cipher, card_hash, card_masked, amount)
					SELECT ?, r.line, r.name, r.id_cipher, r.id_hash, r.id_masked, r.phone_cipher, r.phone_masked, r.bank,
					  r.card_cipher, r.card_hash, r.card_masked, r.amount::numeric
					FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
					  ?::text[], ?::text[]) WITH ORDINALITY AS r(name, id_cipher, id_hash, id_masked, phone_cipher, phone_masked,
					  bank, card_cipher, card_hash, card_masked, amount, line)""");
			statement.setLong(1, caseId);
			for (int i = 0; i < columns.length; i++) {
				statement.setArray(i + 2, con.createArrayOf("text", columns[i]));
			}
			return statement;
		});
	}

	public List<PayoutWorker> of(long caseId) {
		return jdbc.sql("SELECT * FROM payout_worker WHERE case_id = :case ORDER BY line_no")
			.param("case", caseId)
			.query(WorkerRepository::map)
			.list();
	}

	public Optional<PayoutWorker> line(long caseId, int line) {
		return jdbc.sql("SELECT * FROM payout_worker WHERE case_id = :case AND line_no = :line")
			.param("case", caseId)
			.param("line", line)
			.query(WorkerRepository::map)
			.optional();
	}

	/** The worker's unmasked ID number, phone and card: for those who must pay, audited by the caller. */
	public Optional<UnmaskedWorker> unmasked(long caseId, long workerId) {
		return jdbc.sql("SELECT id_cipher, phone_cipher, card_cipher FROM payout_worker WHERE case_id = :case AND id = :id")
			.param("case", caseId)
			.param("id", workerId)
			.query((rs, row) -> new UnmaskedWorker(personal.decrypt(rs.getString("id_cipher")),
					personal.decrypt(rs.getString("phone_cipher")), personal.decrypt(rs.getString("card_cipher"))))
			.optional();
	}

	/** The roster rows of a worker, found by the keyed hash of the ID number, with their case. */
	public List<Found> byIdNumber(String idNumber) {
		return jdbc.sql("""
				SELECT w.*, c.status AS case_status, c.notice_issued_at, c.excess_paid_at FROM payout_worker w
				JOIN payout_case c ON c.id = w.case_id WHERE w.id_hash = :hash ORDER BY w.id DESC LIMIT 20""")
			.param("hash", personal.hash(idNumber))
			.query((rs, row) -> new Found(map(rs, row), rs.getLong("case_id"), rs.getString("case_status"),
					CaseRepository.instant(rs, "notice_issued_at"), CaseRepository.instant(rs, "excess_paid_at"),
					personal.decrypt(rs.getString("card_cipher"))))
			.list();
	}

	public void addPaid(long workerId, Money amount) {
		jdbc.sql("UPDATE payout_worker SET paid = paid + :amount WHERE id = :id")
			.param("id", workerId)
			.param("amount", amount.amount())
			.update();
	}

	private static PayoutWorker map(ResultSet rs, int row) throws SQLException {
		return new PayoutWorker(rs.getLong("id"), rs.getInt("line_no"), rs.getString("name"), rs.getString("id_masked"),
				rs.getString("phone_masked"), rs.getString("bank"), rs.getString("card_masked"),
				CaseRepository.money(rs, "amount"), CaseRepository.money(rs, "paid"));
	}

	/** A roster row found by ID number, with its case's state and the card (to compare its last four digits). */
	public record Found(PayoutWorker worker, long caseId, String caseStatus, java.time.Instant noticeIssuedAt,
			java.time.Instant excessPaidAt, String bankCard) {

		@Override
		public String toString() {
			return "Found[" + caseId + "]";
		}

	}

}
