package io.suretyhub.insurer.internal;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.suretyhub.insurer.internal.Solvency.Figure;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The qualification check (R-INS-3, W Art 3 (2)(3)): the comprehensive solvency adequacy ratio is at least
 * 180 % at the last year-end on record and at the two latest other quarter-ends on record; the latest
 * integrated risk rating is A or B; no bad industry credit record in the three years before the day.
 * Answers pass or fail with every reason.
 */
@Component
public class Qualification {

	public static final BigDecimal BAR = new BigDecimal("180");

	private final Solvency solvency;

	private final JdbcClient jdbc;

	Qualification(Solvency solvency, JdbcClient jdbc) {
		this.solvency = solvency;
		this.jdbc = jdbc;
	}

	public Result check(long insurerId, LocalDate day) {
		List<Figure> history = solvency.history(insurerId, day);
		List<DefaultMessageSourceResolvable> reasons = new ArrayList<>();
		Optional<Figure> yearEnd = history.stream().filter(Figure::yearEnd).findFirst();
		List<Figure> quarterEnds = history.stream().filter(f -> yearEnd.map(y -> !y.equals(f)).orElse(true)).limit(2)
			.toList();
		List<Figure> dates = new ArrayList<>();
		yearEnd.ifPresentOrElse(dates::add, () -> reasons.add(reason("insurer.qualification.noYearEnd")));
		dates.addAll(quarterEnds);
		if (quarterEnds.size() < 2) {
			reasons.add(reason("insurer.qualification.noQuarterEnds"));
		}
		for (Figure figure : dates) {
			if (figure.ratio().compareTo(BAR) < 0) {
				reasons.add(reason("insurer.qualification.ratioLow", figure.periodEnd().toString(),
						figure.ratio().stripTrailingZeros().toPlainString()));
			}
		}
		if (!history.isEmpty() && !List.of("A", "B").contains(history.get(0).rating())) {
			reasons.add(reason("insurer.qualification.ratingLow", history.get(0).rating(),
					history.get(0).periodEnd().toString()));
		}
		jdbc.sql("SELECT recorded_on, description FROM insurer_credit_record WHERE insurer_id = :i"
				+ " AND recorded_on > :from AND recorded_on <= :d ORDER BY recorded_on")
			.param("i", insurerId).param("from", Date.valueOf(day.minusYears(3))).param("d", Date.valueOf(day))
			.query((rs, n) -> reason("insurer.qualification.badCredit", rs.getDate(1).toLocalDate().toString(),
					rs.getString(2)))
			.list().forEach(reasons::add);
		return new Result(reasons.isEmpty(), List.copyOf(reasons), List.copyOf(dates));
	}

	private static DefaultMessageSourceResolvable reason(String key, Object... arguments) {
		return new DefaultMessageSourceResolvable(new String[] { key }, arguments);
	}

	/**
	 * The check's answer.
	 * @param reasons every reason it fails, as message keys with arguments; empty when it passes
	 * @param dates the figures it looked at
	 */
	public record Result(boolean passed, List<DefaultMessageSourceResolvable> reasons, List<Figure> dates) {
	}

}
