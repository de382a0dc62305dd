package io.suretyhub.statistics.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;
import io.suretyhub.statistics.Line;

import org.springframework.beans.factory.annotation.Autowired;
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

	private final Aggregates aggregates;

	private final boolean live;

	@Autowired
	Projection(JdbcClient jdbc, Months months, Aggregates aggregates) {
		this(jdbc, months, aggregates, true);
	}

	private Projection(JdbcClient jdbc, Months months, Aggregates aggregates, boolean live) {
		this.jdbc = jdbc;
		this.months = months;
		this.aggregates = aggregates;
		this.live = live;
	}

	/** The same projection without the pre-aggregated read models, which the rebuild recounts at the end. */
	Projection forRebuild() {
		return new Projection(jdbc, months, aggregates, false);
	}

	void applied(long policyId, long projectId, long contractorId, long insurerId, long branchId, AreaCode area,
			Instant at) {
		Tally tally = new Tally();
		changing(policyId, tally, () -> jdbc.sql("""
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
			.update());
		flush(tally);
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
		Tally tally = new Tally();
		changing(policyId, tally, () -> {
			refusal(policyId, at);
			return null;
		});
		flush(tally);
	}

	private void refusal(long policyId, Instant at) {
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
		Tally tally = new Tally();
		Optional<Cell> marked = changing(policyId, tally, () -> {
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
			return jdbc.sql("""
					UPDATE stat_policy SET decided_at = COALESCE(decided_at, :at), issued_month = :month, sum_insured = :sum,
					  premium = :premium, released = :released WHERE policy_id = :p AND issued_month IS NULL
					RETURNING issued_month, area_code, insurer_id, line""")
				.param("at", Timestamp.from(at))
				.param("month", Date.valueOf(months.of(at)))
				.param("sum", sumInsured.amount())
				.param("premium", premium.amount())
				.param("released", (renewal ? Money.ZERO : sumInsured).amount())
				.param("p", policyId)
				.query((rs, n) -> new Cell(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getLong(3), rs.getString(4)))
				.optional();
		});
		if (marked.isEmpty()) {
			return;
		}
		Cell cell = marked.get();
		Money released = renewal ? Money.ZERO : sumInsured;
		jdbc.sql("""
				INSERT INTO stat_month (month, area_code, insurer_id, line, policies, sum_insured, premium, deposits_released)
				VALUES (:month, :area, :insurer, :line, 1, :sum, :premium, :released)
				ON CONFLICT (month, area_code, insurer_id, line) DO UPDATE SET policies = stat_month.policies + 1,
				  sum_insured = stat_month.sum_insured + EXCLUDED.sum_insured,
				  premium = stat_month.premium + EXCLUDED.premium,
				  deposits_released = stat_month.deposits_released + EXCLUDED.deposits_released""")
			.params(cellParams(cell))
			.param("sum", sumInsured.amount())
			.param("premium", premium.amount())
			.param("released", released.amount())
			.update();
		tally.add(cell, Amounts.issued(sumInsured.amount(), premium.amount(), released.amount()));
		int served = jdbc.sql("""
				INSERT INTO stat_served (month, area_code, insurer_id, line, contractor_id, project_id)
				SELECT issued_month, area_code, insurer_id, line, contractor_id, project_id FROM stat_policy
				WHERE policy_id = :p ON CONFLICT DO NOTHING""")
			.param("p", policyId)
			.update();
		if (served == 1 && live) {
			aggregates.served(tally, 'C', issue.contractorId(), cell);
			aggregates.served(tally, 'P', issue.projectId(), cell);
		}
		flush(tally);
	}

	/** The branch's R-POL-2 result came late (the overdue warning was issued). */
	void underwritingLate(long policyId) {
		Tally tally = new Tally();
		changing(policyId, tally,
				() -> jdbc.sql("UPDATE stat_policy SET underwriting_late = TRUE WHERE policy_id = :p").param("p", policyId).update());
		flush(tally);
	}

	/** One payment to a worker under a payment notice (R-CLM-2): who paid, where, how much. */
	record Payment(long paymentId, long policyId, long workerId, long insurerId, AreaCode area, Money amount,
			Instant at) {
	}

	/**
	 * Payouts to workers (R-CLM): the one place the payout events feed. Added to the month of the payment, in the
	 * project's area, the insurer and the line, once per payment; workers paid are distinct over any period and group.
	 */
	void paid(Payment payment) {
		Cell cell = new Cell(months.of(payment.at()), payment.area().value(), payment.insurerId(), Line.WAGE_PAYMENT.name());
		int recorded = jdbc.sql("""
				INSERT INTO stat_payment (payment_id, policy_id, worker_id, month, area_code, insurer_id, line, amount)
				VALUES (:id, :p, :w, :month, :area, :insurer, :line, :amount) ON CONFLICT (payment_id) DO NOTHING""")
			.params(cellParams(cell))
			.param("id", payment.paymentId())
			.param("p", payment.policyId())
			.param("w", payment.workerId())
			.param("amount", payment.amount().amount())
			.update();
		if (recorded == 0) {
			return;
		}
		jdbc.sql("""
				INSERT INTO stat_month (month, area_code, insurer_id, line, payouts) VALUES (:month, :area, :insurer, :line, :amount)
				ON CONFLICT (month, area_code, insurer_id, line) DO UPDATE SET payouts = stat_month.payouts + EXCLUDED.payouts""")
			.params(cellParams(cell))
			.param("amount", payment.amount().amount())
			.update();
		if (live) {
			Tally tally = new Tally();
			tally.add(cell, Amounts.payout(payment.amount().amount()));
			aggregates.served(tally, 'W', payment.workerId(), cell);
			aggregates.flush(tally);
		}
	}

	/**
	 * Runs a change to a policy's application row and tallies how its scorecard counts moved (applications by the
	 * month applied, decided, late), under the policy's lock so that concurrent steps on it never miscount.
	 */
	private <T> T changing(long policyId, Tally tally, java.util.function.Supplier<T> change) {
		if (!live) {
			return change.get();
		}
		aggregates.lock(Aggregates.POLICY, policyId);
		Optional<Standing> before = standing(policyId);
		T result = change.get();
		before.ifPresent(s -> tally.add(s.cell(), s.amounts().negate()));
		standing(policyId).ifPresent(s -> tally.add(s.cell(), s.amounts()));
		return result;
	}

	private Optional<Standing> standing(long policyId) {
		return jdbc.sql("""
				SELECT applied_at, area_code, insurer_id, line, decided_at IS NOT NULL, underwriting_late FROM stat_policy
				WHERE policy_id = :p""")
			.param("p", policyId)
			.query((rs, n) -> new Standing(new Cell(months.of(rs.getTimestamp(1).toInstant()), rs.getString(2),
					rs.getLong(3), rs.getString(4)), Amounts.application(rs.getBoolean(5), rs.getBoolean(6))))
			.optional();
	}

	private void flush(Tally tally) {
		if (live) {
			aggregates.flush(tally);
		}
	}

	static Map<String, Object> cellParams(Cell cell) {
		return Map.of("month", Date.valueOf(cell.month()), "area", cell.area(), "insurer", cell.insurerId(), "line",
				cell.line());
	}

	void clear() {
		for (String table : List.of("stat_policy", "stat_month", "stat_served", "stat_project", "stat_warning",
				"stat_sanction", "stat_payment", "stat_notice", "stat_figure", "stat_distinct")) {
			jdbc.sql("DELETE FROM " + table).update();
		}
	}

}
