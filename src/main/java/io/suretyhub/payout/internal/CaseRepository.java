package io.suretyhub.payout.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.suretyhub.payout.CaseStatus;
import io.suretyhub.payout.NewDecision;
import io.suretyhub.payout.PayoutCase;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Arrears cases; every scoped read filters by the viewer's area or organisation in SQL (R-GEO-2). */
@Repository
public class CaseRepository {

	private static final String SELECT = """
			SELECT c.*, r.outstanding AS recourse_outstanding FROM payout_case c
			LEFT JOIN payout_recourse r ON r.case_id = c.id WHERE\s""";

	private final JdbcClient jdbc;

	CaseRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long insert(NewDecision d, long contractorId, AreaCode area, long authorityId, Instant at) {
		return jdbc.sql("""
				INSERT INTO payout_case (project_id, contractor_id, area_code, authority_id, decision_number, decision_date,
				  payment_deadline, decision_amount, decision_workers, recorded_at, status)
				VALUES (:project, :contractor, :area, :authority, :number, :date, :deadline, :amount, :workers, :at, 'DECIDED')
				RETURNING id""")
			.param("project", d.projectId())
			.param("contractor", contractorId)
			.param("area", area.value())
			.param("authority", authorityId)
			.param("number", d.number().strip())
			.param("date", d.date())
			.param("deadline", d.paymentDeadline())
			.param("amount", d.amount())
			.param("workers", d.workers())
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	public boolean decisionExists(AreaCode area, String number) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM payout_case WHERE area_code = :area AND decision_number = :number)")
			.param("area", area.value())
			.param("number", number.strip())
			.query(Boolean.class)
			.single();
	}

	public Optional<PayoutCase> find(long id, AccessScope viewer) {
		return jdbc.sql(SELECT + "c.id = :id AND " + visibility(viewer))
			.param("id", id)
			.params(Visibility.parameters(viewer))
			.query(CaseRepository::map)
			.optional();
	}

	/** The case, its row locked until the transaction ends, if {@code viewer} may see it. */
	public Optional<PayoutCase> lock(long id, AccessScope viewer) {
		return jdbc.sql("SELECT id FROM payout_case c WHERE c.id = :id AND " + visibility(viewer) + " FOR UPDATE")
			.param("id", id)
			.params(Visibility.parameters(viewer))
			.query(Long.class)
			.optional()
			.flatMap(locked -> find(locked, viewer));
	}

	public Optional<PayoutCase> find(long id) {
		return jdbc.sql(SELECT + "c.id = :id").param("id", id).query(CaseRepository::map).optional();
	}

	public List<PayoutCase> list(AccessScope viewer, String condition, int limit) {
		return jdbc.sql(SELECT + visibility(viewer) + " AND " + condition + " ORDER BY c.recorded_at DESC, c.id DESC LIMIT :limit")
			.params(Visibility.parameters(viewer))
			.param("limit", limit)
			.query(CaseRepository::map)
			.list();
	}

	public JdbcClient.StatementSpec update(String assignments, long id) {
		return jdbc.sql("UPDATE payout_case SET " + assignments + " WHERE id = :id").param("id", id);
	}

	/** Marks the case paid once the insurer's share and any excess are paid. */
	public void settleIfComplete(long id) {
		jdbc.sql("""
				UPDATE payout_case SET status = 'PAID' WHERE id = :id AND status = 'NOTICE_ISSUED'
				  AND insurer_paid = insurer_share AND (contractor_share = 0 OR excess_paid_at IS NOT NULL)""")
			.param("id", id)
			.update();
	}

	public void insertReimbursement(long id, Money amount, LocalDate receivedOn, String reference, long by, Instant at) {
		jdbc.sql("""
				INSERT INTO payout_reimbursement (case_id, amount, received_on, reference, recorded_by, recorded_at)
				VALUES (:id, :amount, :on, :reference, :by, :at)""")
			.param("id", id)
			.param("amount", amount.amount())
			.param("on", receivedOn)
			.param("reference", reference)
			.param("by", by)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The reimbursement recorded on the case under this receipt reference, if any. */
	public Optional<Reimbursed> reimbursement(long id, String reference) {
		return jdbc.sql("SELECT amount, received_on FROM payout_reimbursement WHERE case_id = :id AND reference = :reference")
			.param("id", id)
			.param("reference", reference)
			.query((rs, row) -> new Reimbursed(new Money(rs.getBigDecimal("amount")), rs.getObject("received_on", LocalDate.class)))
			.optional();
	}

	public Optional<byte[]> document(long id) {
		return jdbc.sql("SELECT document_cipher FROM payout_case WHERE id = :id AND document_cipher IS NOT NULL")
			.param("id", id)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	public void openRecourse(long id, Money outstanding, Instant at) {
		jdbc.sql("INSERT INTO payout_recourse (case_id, outstanding, opened_at) VALUES (:id, :outstanding, :at)")
			.param("id", id)
			.param("outstanding", outstanding.amount())
			.param("at", Timestamp.from(at))
			.update();
	}

	public void reduceRecourse(long id, Money amount) {
		jdbc.sql("UPDATE payout_recourse SET outstanding = GREATEST(outstanding - :amount, 0) WHERE case_id = :id")
			.param("id", id)
			.param("amount", amount.amount())
			.update();
	}

	private static String visibility(AccessScope viewer) {
		return Visibility.of(viewer, "c");
	}

	private static PayoutCase map(ResultSet rs, int row) throws SQLException {
		return new PayoutCase(rs.getLong("id"), rs.getLong("project_id"), rs.getLong("contractor_id"),
				AreaCode.of(rs.getString("area_code")), rs.getString("decision_number"),
				rs.getObject("decision_date", LocalDate.class), rs.getObject("payment_deadline", LocalDate.class),
				money(rs, "decision_amount"), rs.getInt("decision_workers"), CaseStatus.valueOf(rs.getString("status")),
				instant(rs, "unpaid_recorded_at"), rs.getObject("policy_id", Long.class), rs.getObject("insurer_id", Long.class),
				rs.getObject("branch_id", Long.class), rs.getString("notice_number"), instant(rs, "notice_issued_at"),
				money(rs, "notice_total"), money(rs, "insurer_share"), money(rs, "contractor_share"),
				money(rs, "insurer_paid"), instant(rs, "excess_paid_at"), rs.getString("replacement_kind"),
				instant(rs, "replacement_at"), money(rs, "reimbursed"), instant(rs, "first_paid_at"),
				money(rs, "recourse_outstanding"), rs.getString("document_sha256"));
	}

	static Money money(ResultSet rs, String column) throws SQLException {
		BigDecimal value = rs.getBigDecimal(column);
		return value == null ? null : new Money(value);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}

	/** A reimbursement already on file. */
	public record Reimbursed(Money amount, LocalDate receivedOn) {
	}

}
