package io.suretyhub.statistics.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;
import io.suretyhub.statistics.Line;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the read models. Every step is idempotent, so that a redelivered event changes nothing: a
 * policy is counted in the monthly figures only on the step that first marks it issued.
 */
@Component
class Projection {

	private final JdbcClient jdbc;

	private final Months months;

	Projection(JdbcClient jdbc, Months months) {
		this.jdbc = jdbc;
		this.months = months;
	}

	void applied(long policyId, long projectId, long contractorId, long insurerId, long branchId, AreaCode area,
			Instant at) {
		jdbc.sql("""
				INSERT INTO stat_policy (policy_id, project_id, contractor_id, insurer_id, branch_id, area_code, line, applied_at)
				VALUES (:p, :project, :contractor, :insurer, :branch, :area, :line, :at)
				ON CONFLICT (policy_id) DO UPDATE SET applied_at = EXCLUDED.applied_at""")
			.param("p", policyId)
			.param("project", projectId)
			.param("contractor", contractorId)
			.param("insurer", insurerId)
			.param("branch", branchId)
			.param("area", area.value())
			.param("line", Line.WAGE_PAYMENT.name())
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Who and where of an issued policy. */
	record Issue(long policyId, long projectId, long contractorId, long insurerId, long branchId, AreaCode area) {
	}

	void project(long projectId, String name, AreaCode area, long contractorId) {
		jdbc.sql("""
				INSERT INTO stat_project (project_id, name, area_code, contractor_id) VALUES (:id, :name, :area, :c)
				ON CONFLICT (project_id) DO UPDATE SET name = EXCLUDED.name""")
			.param("id", projectId)
			.param("name", name)
			.param("area", area.value())
			.param("c", contractorId)
			.update();
	}

	/**
	 * The application's events may arrive in any order: a refusal handled before its application creates the
	 * row from the policy record (committed before the event is delivered), then records the result.
	 */
	void refused(long policyId, Instant at) {
		jdbc.sql("""
				INSERT INTO stat_policy (policy_id, project_id, contractor_id, insurer_id, branch_id, area_code, line, applied_at)
				SELECT id, project_id, contractor_id, insurer_id, branch_id, area_code, :line, applied_at FROM policy
				WHERE id = :p ON CONFLICT (policy_id) DO NOTHING""")
			.param("line", Line.WAGE_PAYMENT.name())
			.param("p", policyId)
			.update();
		jdbc.sql("UPDATE stat_policy SET decided_at = :at WHERE policy_id = :p AND decided_at IS NULL")
			.param("at", Timestamp.from(at))
			.param("p", policyId)
			.update();
	}

	/**
	 * The insured part replaces cash: a first policy releases its sum insured; a renewal releases nothing new.
	 * The application's events may arrive in any order, so the policy's row is created here if need be.
	 */
	void issued(Issue issue, Instant at, Money sumInsured, Money premium, boolean renewal) {
		long policyId = issue.policyId();
		jdbc.sql("""
				INSERT INTO stat_policy (policy_id, project_id, contractor_id, insurer_id, branch_id, area_code, line, applied_at)
				VALUES (:p, :project, :contractor, :insurer, :branch, :area, :line, :at) ON CONFLICT (policy_id) DO NOTHING""")
			.param("p", policyId)
			.param("project", issue.projectId())
			.param("contractor", issue.contractorId())
			.param("insurer", issue.insurerId())
			.param("branch", issue.branchId())
			.param("area", issue.area().value())
			.param("line", Line.WAGE_PAYMENT.name())
			.param("at", Timestamp.from(at))
			.update();
		LocalDate month = months.of(at);
		Money released = renewal ? Money.ZERO : sumInsured;
		int marked = jdbc.sql("""
				UPDATE stat_policy SET decided_at = COALESCE(decided_at, :at), issued_month = :month, sum_insured = :sum,
				  premium = :premium, released = :released WHERE policy_id = :p AND issued_month IS NULL""")
			.param("at", Timestamp.from(at))
			.param("month", Date.valueOf(month))
			.param("sum", sumInsured.amount())
			.param("premium", premium.amount())
			.param("released", released.amount())
			.param("p", policyId)
			.update();
		if (marked == 0) {
			return;
		}
		jdbc.sql("""
				INSERT INTO stat_month (month, area_code, insurer_id, line, policies, sum_insured, premium, deposits_released)
				SELECT issued_month, area_code, insurer_id, line, 1, sum_insured, premium, released FROM stat_policy
				WHERE policy_id = :p
				ON CONFLICT (month, area_code, insurer_id, line) DO UPDATE SET policies = stat_month.policies + 1,
				  sum_insured = stat_month.sum_insured + EXCLUDED.sum_insured,
				  premium = stat_month.premium + EXCLUDED.premium,
				  deposits_released = stat_month.deposits_released + EXCLUDED.deposits_released""")
			.param("p", policyId)
			.update();
		jdbc.sql("""
				INSERT INTO stat_served (month, area_code, insurer_id, line, contractor_id, project_id)
				SELECT issued_month, area_code, insurer_id, line, contractor_id, project_id FROM stat_policy
				WHERE policy_id = :p ON CONFLICT DO NOTHING""")
			.param("p", policyId)
			.update();
	}

	/** The branch's R-POL-2 result came late (the overdue warning was issued). */
	void underwritingLate(long policyId) {
		jdbc.sql("UPDATE stat_policy SET underwriting_late = TRUE WHERE policy_id = :p").param("p", policyId).update();
	}

	/** One payment to a worker under a payment notice (R-CLM-2): who paid, where, how much. */
	record Payment(long paymentId, long policyId, long workerId, long insurerId, AreaCode area, Money amount,
			Instant at) {
	}

	/**
	 * Payouts to workers (R-CLM): the one place the payout events feed. Added to the month of the payment, in the
	 * project's area, the insurer and the line, once per payment; workers paid are counted from
	 * {@code stat_payment}, distinct over any period and group.
	 */
	void paid(Payment payment) {
		int recorded = jdbc.sql("""
				INSERT INTO stat_payment (payment_id, policy_id, worker_id, month, area_code, insurer_id, line, amount)
				VALUES (:id, :p, :w, :month, :area, :insurer, :line, :amount) ON CONFLICT (payment_id) DO NOTHING""")
			.param("id", payment.paymentId())
			.param("p", payment.policyId())
			.param("w", payment.workerId())
			.param("month", Date.valueOf(months.of(payment.at())))
			.param("area", payment.area().value())
			.param("insurer", payment.insurerId())
			.param("line", Line.WAGE_PAYMENT.name())
			.param("amount", payment.amount().amount())
			.update();
		if (recorded == 0) {
			return;
		}
		jdbc.sql("""
				INSERT INTO stat_month (month, area_code, insurer_id, line, payouts)
				SELECT month, area_code, insurer_id, line, amount FROM stat_payment WHERE payment_id = :id
				ON CONFLICT (month, area_code, insurer_id, line) DO UPDATE SET payouts = stat_month.payouts + EXCLUDED.payouts""")
			.param("id", payment.paymentId())
			.update();
	}

	void warning(long obligationId, String level, String rule, AreaCode area, long owedBy, Long insurerId,
			Instant at) {
		jdbc.sql("""
				INSERT INTO stat_warning (obligation_id, level, rule, area_code, owed_by, insurer_id, issued_at)
				VALUES (:o, :level, :rule, :area, :by, :insurer, :at) ON CONFLICT DO NOTHING""")
			.param("o", obligationId)
			.param("level", level)
			.param("rule", rule)
			.param("area", area.value())
			.param("by", owedBy)
			.param("insurer", insurerId)
			.param("at", Timestamp.from(at))
			.update();
	}

	void warningClosed(long obligationId) {
		jdbc.sql("UPDATE stat_warning SET open = FALSE WHERE obligation_id = :o").param("o", obligationId).update();
	}

	void sanctioned(long sanctionId, long insurerId, boolean ban, LocalDate startsOn) {
		jdbc.sql("""
				INSERT INTO stat_sanction (sanction_id, insurer_id, ban, starts_on) VALUES (:s, :i, :ban, :on)
				ON CONFLICT (sanction_id) DO NOTHING""")
			.param("s", sanctionId)
			.param("i", insurerId)
			.param("ban", ban)
			.param("on", Date.valueOf(startsOn))
			.update();
	}

	void lifted(long sanctionId, LocalDate on) {
		jdbc.sql("UPDATE stat_sanction SET lifted_on = :on WHERE sanction_id = :s")
			.param("on", Date.valueOf(on))
			.param("s", sanctionId)
			.update();
	}

	void clear() {
		for (String table : List.of("stat_policy", "stat_month", "stat_served", "stat_project", "stat_warning",
				"stat_sanction", "stat_payment")) {
			jdbc.sql("DELETE FROM " + table).update();
		}
	}

}
