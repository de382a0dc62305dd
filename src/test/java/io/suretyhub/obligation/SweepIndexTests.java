package io.suretyhub.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import io.suretyhub.testing.CalendarObligationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sweeper's claim reads the partial index of open obligations by next due time, so its cost grows
 * with what is due, not with what is on file (the benchmark measures it at scale).
 */
@CalendarObligationTest
class SweepIndexTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	@DisplayName("R-TIME-2: the sweeper's claim can only be answered from the partial index")
	void claimUsesThePartialIndex() {
		String plan = transactions.execute(status -> {
			jdbc.sql("set local enable_seqscan = off").update();
			return String.join("\n", jdbc.sql("""
					explain select id from obligation
					where status in ('OPEN', 'OVERDUE') and next_sweep_at <= :now
					order by next_sweep_at limit 100 for update skip locked""")
				.param("now", Timestamp.from(Instant.parse("2026-06-01T00:00:00Z")))
				.query(String.class)
				.list());
		});
		assertThat(plan).contains("obligation_open_by_next_due");
	}

}
