package io.suretyhub.benchmarks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.suretyhub.obligation.internal.Sweeper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * B2: the deadline sweep ({@link Sweeper#sweep()}: claim, warn, deliver to the inboxes, publish, advance)
 * with 100,000 and with 1,000,000 open obligations of which 1,000 are due. The rows are generated inside
 * PostgreSQL ({@code INSERT … SELECT generate_series}), the fastest bulk path there is.
 */
public class B2Sweep implements Benchmark {

	static final int DUE = 1_000;

	private JdbcClient jdbc;

	private Instant now;

	private long generated;

	@Override
	public List<Figure> run(BenchApp app) throws Exception {
		jdbc = app.bean(JdbcClient.class);
		Sweeper sweeper = app.bean(Sweeper.class);
		now = app.bean(Clock.class).instant();
		due(200);
		sweeper.sweep();
		long small = measure(sweeper, 100_000);
		long large = measure(sweeper, 1_000_000);
		double ratio = (double) large / small;
		return List.of(new Figure("B2", "sweep, 100,000 open, 1,000 due", small + " ms", "< 200 ms", small < 200),
				new Figure("B2", "sweep, 1,000,000 open, 1,000 due", large + " ms", "< 200 ms", large < 200),
				new Figure("B2", "1,000,000 / 100,000", String.format("%.2f ×", ratio), "≤ 1.5 ×", ratio <= 1.5));
	}

	private long measure(Sweeper sweeper, int open) {
		Bench.log("B2: generating up to " + open + " open obligations");
		notDue(open - DUE - (int) generated);
		due(DUE);
		jdbc.sql("vacuum analyze obligation").update();
		long start = System.nanoTime();
		int issued = sweeper.sweep();
		long ms = (System.nanoTime() - start) / 1_000_000;
		if (issued != DUE) {
			throw new IllegalStateException("B2: the sweep issued " + issued + " warnings, not " + DUE);
		}
		Bench.log("B2: " + open + " open → " + ms + " ms");
		return ms;
	}

	private void notDue(int count) {
		insert(count, now.plus(Duration.ofDays(5)), now.plus(Duration.ofDays(8)));
	}

	private void due(int count) {
		insert(count, now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)));
	}

	/** Open obligations whose reminder is at {@code remindAt} (the next sweep) and which are due at {@code dueAt}. */
	private void insert(int count, Instant remindAt, Instant dueAt) {
		if (count <= 0) {
			return;
		}
		jdbc.sql("""
				insert into obligation (owed_by, owed_to_authority, subject_type, subject_id, rule, area_code, time_limit,
				       started_at, due_date, due_at, provisional, remind_at, orange_at, red_at, status, level, next_sweep_at)
				select 1000000 + g % 5000, '653100', 'bench-obligation', 'b' || (:from + g), 'R-PAY-1', '653101', 'P5D',
				       :started, (:due)::date, :due, false, :remind, :orange, :red, 'OPEN', 'NONE', :remind
				from generate_series(1, :count) g""")
			.param("from", generated)
			.param("started", Timestamp.from(now.minus(Duration.ofDays(3))))
			.param("due", Timestamp.from(dueAt))
			.param("remind", Timestamp.from(remindAt))
			.param("orange", Timestamp.from(dueAt.plus(Duration.ofDays(2))))
			.param("red", Timestamp.from(dueAt.plus(Duration.ofDays(5))))
			.param("count", count)
			.update();
		generated += count;
	}

}
