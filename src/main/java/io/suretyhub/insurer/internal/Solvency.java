package io.suretyhub.insurer.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The solvency history (R-INS-3): the comprehensive solvency adequacy ratio and the integrated risk
 * rating at year-ends and quarter-ends, as disclosed. A later figure for the same date replaces the
 * earlier one (the history keeps the step).
 */
@Component
public class Solvency {

	private static final List<MonthDay> QUARTER_ENDS = List.of(MonthDay.of(3, 31), MonthDay.of(6, 30),
			MonthDay.of(9, 30), MonthDay.of(12, 31));

	private final JdbcClient jdbc;

	private final Journal journal;

	private final Clock clock;

	Solvency(JdbcClient jdbc, Journal journal, Clock clock) {
		this.jdbc = jdbc;
		this.journal = journal;
		this.clock = clock;
	}

	/** Records the figures at a quarter-end. */
	public void record(long insurerId, LocalDate periodEnd, BigDecimal ratio, String rating, AccessScope by) {
		if (periodEnd == null || !QUARTER_ENDS.contains(MonthDay.from(periodEnd))) {
			throw InvalidInput.of("periodEnd", "insurer.solvency.periodEnd");
		}
		if (ratio == null || ratio.signum() < 0 || ratio.scale() > 2 || ratio.compareTo(new BigDecimal("99999")) > 0) {
			throw InvalidInput.of("ratio", "insurer.solvency.ratio");
		}
		if (rating == null || !rating.matches("[ABCD]")) {
			throw InvalidInput.of("rating", "insurer.solvency.rating");
		}
		jdbc.sql("""
				INSERT INTO insurer_solvency (insurer_id, period_end, ratio, rating, recorded_at) VALUES (:i, :d, :r, :g, :at)
				ON CONFLICT (insurer_id, period_end) DO UPDATE SET ratio = :r, rating = :g, recorded_at = :at""")
			.param("i", insurerId).param("d", Date.valueOf(periodEnd)).param("r", ratio).param("g", rating)
			.param("at", Timestamp.from(clock.instant())).update();
		journal.record(insurerId, "solvency.record", by, "periodEnd=" + periodEnd + " ratio=" + ratio + " rating=" + rating);
	}

	/** The history up to {@code day}, latest first. */
	public List<Figure> history(long insurerId, LocalDate day) {
		return jdbc.sql("SELECT period_end, ratio, rating FROM insurer_solvency WHERE insurer_id = :i AND period_end <= :d"
				+ " ORDER BY period_end DESC")
			.param("i", insurerId).param("d", Date.valueOf(day))
			.query((rs, n) -> new Figure(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2), rs.getString(3)))
			.list();
	}

	/** One disclosed figure. */
	public record Figure(LocalDate periodEnd, BigDecimal ratio, String rating) {

		public boolean yearEnd() {
			return periodEnd.getMonthValue() == 12 && periodEnd.getDayOfMonth() == 31;
		}

	}

}
