package io.suretyhub.benchmarks;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What PostgreSQL did for a piece of work, from its cumulative statistics: transactions committed and rows
 * written (inserted, updated, deleted) per table. The statistics reach the views within seconds of each
 * transaction, so the figures are for runs of hundreds of operations, not single ones.
 */
record DbWork(long commits, Map<String, Long> rows) {

	static DbWork now(JdbcClient jdbc) {
		long commits = jdbc.sql("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()")
			.query(Long.class).single();
		Map<String, Long> rows = new HashMap<>();
		jdbc.sql("SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables")
			.query(rs -> {
				rows.put(rs.getString(1), rs.getLong(2));
			});
		return new DbWork(commits, rows);
	}

	/** Per operation since {@code before}: "transactions, rows written (the busiest tables)". */
	String since(DbWork before, int operations) {
		Map<String, Double> per = rows.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
				e -> (e.getValue() - before.rows.getOrDefault(e.getKey(), 0L)) / (double) operations));
		double total = per.values().stream().mapToDouble(Double::doubleValue).sum();
		String top = per.entrySet().stream().filter(e -> e.getValue() >= 0.5)
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(8)
			.map(e -> e.getKey() + " " + Math.round(e.getValue()))
			.collect(Collectors.joining(", "));
		return Math.round((commits - before.commits) / (double) operations) + " transactions, " + Math.round(total)
				+ " rows written (" + top + ")";
	}

}
