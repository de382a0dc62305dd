package io.suretyhub.statistics.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.suretyhub.shared.Money;
import io.suretyhub.statistics.Dimension;
import io.suretyhub.statistics.FigureRow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The R-STAT-1 figures from the monthly read models: additive sums from {@code stat_month}, distinct
 * enterprises and projects from {@code stat_served}, distinct workers paid from {@code stat_payment}, grouped by one dimension (or not at all).
 */
@Component
public class FigureStore {

	private final JdbcClient jdbc;

	FigureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The groups in key order, labelled with their key; {@code dimension == null} answers the total as key "total". */
	public List<FigureRow> group(Dimension dimension, Slice slice) {
		String key = key(dimension, slice);
		Map<String, FigureRow> rows = new LinkedHashMap<>();
		jdbc.sql("SELECT " + key + " AS k, SUM(policies), SUM(sum_insured), SUM(premium), SUM(deposits_released), "
				+ "SUM(payouts), 0 FROM stat_month WHERE " + slice.where("month") + " GROUP BY k ORDER BY k")
			.params(slice.params())
			.query((rs, n) -> rows.put(rs.getString(1),
					new FigureRow(rs.getString(1), rs.getString(1), 0, 0, rs.getLong(2), money(rs.getBigDecimal(3)),
							money(rs.getBigDecimal(4)), money(rs.getBigDecimal(5)), money(rs.getBigDecimal(6)),
							rs.getLong(7))))
			.list();
		jdbc.sql("SELECT " + key + " AS k, COUNT(DISTINCT contractor_id), COUNT(DISTINCT project_id) FROM stat_served WHERE "
				+ slice.where("month") + " GROUP BY k")
			.params(slice.params())
			.query((rs, n) -> {
				long enterprises = rs.getLong(2);
				long projects = rs.getLong(3);
				return rows.computeIfPresent(rs.getString(1), (k, row) -> new FigureRow(k, k, enterprises, projects,
						row.policies(), row.sumInsured(), row.premium(), row.depositsReleased(), row.payouts(),
						row.workersPaid()));
			})
			.list();
		jdbc.sql("SELECT " + key + " AS k, COUNT(DISTINCT worker_id) FROM stat_payment WHERE " + slice.where("month")
				+ " GROUP BY k")
			.params(slice.params())
			.query((rs, n) -> {
				long workers = rs.getLong(2);
				return rows.computeIfPresent(rs.getString(1), (k, row) -> new FigureRow(k, k, row.enterprises(),
						row.projects(), row.policies(), row.sumInsured(), row.premium(), row.depositsReleased(),
						row.payouts(), workers));
			})
			.list();
		return List.copyOf(rows.values());
	}

	private static String key(Dimension dimension, Slice slice) {
		if (dimension == null) {
			return "'total'";
		}
		return switch (dimension) {
			case INSURER -> "insurer_id::text";
			case AREA -> slice.childArea();
			case LINE -> "line";
			case MONTH -> "to_char(month, 'YYYY-MM')";
			case QUARTER -> "to_char(month, 'YYYY-\"Q\"Q')";
		};
	}

	static Money money(BigDecimal amount) {
		return amount == null ? Money.ZERO : new Money(amount);
	}

}
