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
 * The R-STAT-1 figures from the pre-aggregated read models, grouped by one dimension (or not at all): a few
 * thousand rows at most, however many policies.
 */
@Component
public class FigureStore {

	private final JdbcClient jdbc;

	FigureStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The groups in key order, labelled with their key; {@code dimension == null} answers the total as key "total".
	 * Sums from {@code stat_figure}; distinct enterprises, projects and workers from {@code stat_distinct}: the
	 * entities whose first month served in the group's part of the period lies in it.
	 */
	public List<FigureRow> group(Dimension dimension, Slice slice) {
		String key = key(dimension, slice);
		String scope = slice.scope(dimension);
		Map<String, FigureRow> rows = new LinkedHashMap<>();
		jdbc.sql("SELECT " + key + " AS k, SUM(policies), SUM(sum_insured), SUM(premium), SUM(deposits_released), "
				+ "SUM(payouts) FROM stat_figure WHERE " + scope
				+ " GROUP BY k HAVING SUM(policies) <> 0 OR SUM(payouts) <> 0 ORDER BY k")
			.params(slice.params())
			.query((rs, n) -> rows.put(rs.getString(1),
					new FigureRow(rs.getString(1), rs.getString(1), 0, 0, rs.getLong(2), money(rs.getBigDecimal(3)),
							money(rs.getBigDecimal(4)), money(rs.getBigDecimal(5)), money(rs.getBigDecimal(6)), 0)))
			.list();
		jdbc.sql("SELECT " + key + " AS k, COALESCE(SUM(entities) FILTER (WHERE kind = 'C'), 0), "
				+ "COALESCE(SUM(entities) FILTER (WHERE kind = 'P'), 0), COALESCE(SUM(entities) FILTER (WHERE kind = 'W'), 0) "
				+ "FROM stat_distinct WHERE kind IN ('C', 'P', 'W') AND " + scope + since(dimension) + " GROUP BY k")
			.params(slice.params())
			.query((rs, n) -> {
				long enterprises = rs.getLong(2);
				long projects = rs.getLong(3);
				long workers = rs.getLong(4);
				return rows.computeIfPresent(rs.getString(1), (k, row) -> new FigureRow(k, k, enterprises, projects,
						row.policies(), row.sumInsured(), row.premium(), row.depositsReleased(), row.payouts(), workers));
			})
			.list();
		return List.copyOf(rows.values());
	}

	/** The entities a group counts: those not served in the group's part of the period before {@code month}. */
	private static String since(Dimension dimension) {
		if (dimension == Dimension.MONTH) {
			return "";
		}
		return dimension == Dimension.QUARTER ? " AND since < GREATEST(:first, date_trunc('quarter', month)::date)"
				: " AND since < :first";
	}

	private static String key(Dimension dimension, Slice slice) {
		if (dimension == null) {
			return "'total'";
		}
		return switch (dimension) {
			case INSURER -> "insurer_id::text";
			case AREA -> "area_code";
			case LINE -> "line";
			case MONTH -> "to_char(month, 'YYYY-MM')";
			case QUARTER -> "to_char(month, 'YYYY-\"Q\"Q')";
		};
	}

	static Money money(BigDecimal amount) {
		return amount == null ? Money.ZERO : new Money(amount);
	}

}
