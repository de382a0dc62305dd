package io.suretyhub.benchmarks;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.suretyhub.obligation.internal.Sweeper;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * B2: the deadline sweep ({@link Sweeper#sweep()}: claim, warn, deliver to the inboxes, publish, advance)
 * with 100,000 and with 1,000,000 open obligations of which 1,000 are due (their reminders), after three
 * warm-up sweeps of 1,000 each, and once more with 1,000 overdue (the {@code ObligationOverdue} events,
 * which other modules' listeners receive through the publication registry). The rows are generated inside
 * PostgreSQL ({@code INSERT … SELECT generate_series}), the fastest bulk path there is.
 */
public class B2Sweep implements Benchmark {

	static final int DUE = 1_000;

	static final int WARM_UP = 3;

	private JdbcClient jdbc;

	private Instant now;

	private long generated;

	private final List<Figure> cpu = new ArrayList<>();

	@Override
	public List<Figure> run(BenchApp app) throws Exception {
		jdbc = app.bean(JdbcClient.class);
		Sweeper sweeper = app.bean(Sweeper.class);
		now = app.bean(Clock.class).instant();
		long[] warmUp = new long[WARM_UP];
		for (int i = 0; i < WARM_UP; i++) {
			warmUp[i] = measure(sweeper, (int) generated + DUE, false);
		}
		long small = measure(sweeper, 100_000, false);
		long large = measure(sweeper, 1_000_000, false);
		long overdue = measure(sweeper, 1_000_000 + DUE, true);
		double ratio = (double) large / small;
		List<Figure> figures = new ArrayList<>(List.of(Figure.info("B2", "warm-up sweeps, 1,000 due each (JIT, caches), not counted",
				Arrays.stream(warmUp).mapToObj(ms -> ms + " ms").collect(Collectors.joining(", "))),
				new Figure("B2", "sweep, 100,000 open, 1,000 due", small + " ms", "< 200 ms", small < 200),
				new Figure("B2", "sweep, 1,000,000 open, 1,000 due", large + " ms", "< 200 ms", large < 200),
				new Figure("B2", "1,000,000 / 100,000", String.format("%.2f ×", ratio), "≤ 1.5 ×", ratio <= 1.5),
				Figure.info("B2", "sweep, 1,000,000 open, 1,000 overdue (ObligationOverdue: one publication per listener)",
						overdue + " ms")));
		figures.addAll(cpu.subList(WARM_UP, cpu.size()));
		return figures;
	}

	/** Tops the open obligations up to {@code open}, {@code DUE} of them due (reminders, or overdue), and times one sweep. */
	private long measure(Sweeper sweeper, int open, boolean overdue) {
		Bench.log("B2: generating up to " + open + " open obligations");
		notDue(open - DUE - (int) generated);
		if (overdue) {
			insert(DUE, now.minus(Duration.ofDays(2)), now.minus(Duration.ofHours(1)));
		}
		else {
			due(DUE);
		}
		jdbc.sql("vacuum analyze obligation").update();
		long backend = jdbc.sql("select pg_backend_pid()").query(Long.class).single();
		long jvmCpu = CpuTime.jvmMs();
		long postgresCpu = CpuTime.postgresMs(backend);
		long start = System.nanoTime();
		int issued = sweeper.sweep();
		long ms = (System.nanoTime() - start) / 1_000_000;
		jvmCpu = CpuTime.jvmMs() - jvmCpu;
		postgresCpu = CpuTime.postgresMs(backend) - postgresCpu;
		cpu.add(Figure.info("B2", "CPU time of the sweep, " + open + " open" + (overdue ? ", 1,000 overdue" : "")
				+ ": JVM / PostgreSQL", jvmCpu + " ms / " + postgresCpu + " ms"));
		if (issued != DUE) {
			throw new IllegalStateException("B2: the sweep issued " + issued + " warnings, not " + DUE);
		}
		Bench.log("B2: " + open + " open → " + ms + " ms (CPU: JVM " + jvmCpu + " ms, PostgreSQL " + postgresCpu + " ms)");
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
