package io.suretyhub.statistics.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.statistics.Line;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Payment notices for the insurer scorecard (R-CLM-2): one {@code stat_notice} row per notice, in the month it was
 * issued, paid (its obligation met) and late (the overdue warning issued). The events may arrive in any order: a
 * payment or warning handled before the notice creates the row from the arrears case record. Idempotent.
 */
@Component
class NoticeProjection {

	private final JdbcClient jdbc;

	private final Aggregates aggregates;

	private final Clock clock;

	private final boolean live;

	@Autowired
	NoticeProjection(JdbcClient jdbc, Aggregates aggregates, Clock clock) {
		this(jdbc, aggregates, clock, true);
	}

	private NoticeProjection(JdbcClient jdbc, Aggregates aggregates, Clock clock, boolean live) {
		this.jdbc = jdbc;
		this.aggregates = aggregates;
		this.clock = clock;
		this.live = live;
	}

	/** The same projection without the pre-aggregated read models, which the rebuild recounts at the end. */
	NoticeProjection forRebuild() {
		return new NoticeProjection(jdbc, aggregates, clock, false);
	}

	void issued(long caseId, long insurerId, AreaCode area, Instant at) {
		changing(caseId, () -> jdbc.sql("""
				INSERT INTO stat_notice (case_id, insurer_id, area_code, line, month) VALUES (:c, :insurer, :area, :line, :month)
				ON CONFLICT (case_id) DO NOTHING""")
			.param("c", caseId)
			.param("insurer", insurerId)
			.param("area", area.value())
			.param("line", Line.WAGE_PAYMENT.name())
			.param("month", Date.valueOf(at.atZone(clock.getZone()).toLocalDate().withDayOfMonth(1)))
			.update());
	}

	/** The insurer's payment obligation was met. */
	void settled(long caseId) {
		changing(caseId, () -> {
			fromRecord(caseId);
			jdbc.sql("UPDATE stat_notice SET settled = TRUE WHERE case_id = :c").param("c", caseId).update();
		});
	}

	/** The 5 working days passed unpaid: the overdue warning was issued. */
	void late(long caseId) {
		changing(caseId, () -> {
			fromRecord(caseId);
			jdbc.sql("UPDATE stat_notice SET late = TRUE WHERE case_id = :c").param("c", caseId).update();
		});
	}

	private void fromRecord(long caseId) {
		jdbc.sql("""
				INSERT INTO stat_notice (case_id, insurer_id, area_code, line, month)
				SELECT id, insurer_id, area_code, :line, date_trunc('month', notice_issued_at AT TIME ZONE :zone)::date
				FROM payout_case WHERE id = :c AND notice_issued_at IS NOT NULL AND insurer_id IS NOT NULL
				ON CONFLICT (case_id) DO NOTHING""")
			.param("line", Line.WAGE_PAYMENT.name())
			.param("zone", clock.getZone().getId())
			.param("c", caseId)
			.update();
	}

	private void changing(long caseId, Runnable change) {
		if (!live) {
			change.run();
			return;
		}
		aggregates.lock(Aggregates.NOTICE, caseId);
		Tally tally = new Tally();
		standing(caseId).ifPresent(s -> tally.add(s.cell(), s.amounts().negate()));
		change.run();
		standing(caseId).ifPresent(s -> tally.add(s.cell(), s.amounts()));
		aggregates.flush(tally);
	}

	private Optional<Standing> standing(long caseId) {
		return jdbc.sql("SELECT month, area_code, insurer_id, line, settled, late FROM stat_notice WHERE case_id = :c")
			.param("c", caseId)
			.query((rs, n) -> new Standing(new Cell(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getLong(3),
					rs.getString(4)), Amounts.notice(rs.getBoolean(5), rs.getBoolean(6))))
			.optional();
	}

}
