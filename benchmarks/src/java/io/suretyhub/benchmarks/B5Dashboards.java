package io.suretyhub.benchmarks;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Role;
import io.suretyhub.statistics.Dimension;
import io.suretyhub.statistics.Figures;
import io.suretyhub.statistics.Filter;
import io.suretyhub.testing.CreditCodes;
import io.suretyhub.testing.TestPrincipals;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * B5: the authority dashboards ({@link Figures}, exactly the calls the {@code /statistics} page makes) with
 * 1,000,000 policies in the statistics read models, for the region authority, a prefecture's authority and an
 * insurer administrator, over the page's default period (this year up to this month). The policies are
 * generated inside PostgreSQL by {@link StatisticsData}. Each dashboard is called 10 times to warm up, then up
 * to 200 times or for at most {@link #BUDGET_NANOS}, whichever comes first; the 95th percentile is reported.
 */
public class B5Dashboards implements Benchmark {

	static final int POLICIES = 1_000_000;

	static final int CALLS = 200;

	static final long BUDGET_NANOS = 90_000_000_000L;

	private Figures figures;

	private Filter filter;

	private final Map<String, long[]> perQuery = new LinkedHashMap<>();

	@Override
	public List<Figure> run(BenchApp app) throws Exception {
		JdbcClient jdbc = app.bean(JdbcClient.class);
		figures = app.bean(Figures.class);
		YearMonth now = YearMonth.now(app.bean(Clock.class));
		filter = Filter.of(YearMonth.of(now.getYear(), 1), now);
		List<Long> insurers = insurers(app.bean(Organisations.class));
		long start = System.nanoTime();
		new StatisticsData(jdbc, app.bean(io.suretyhub.statistics.internal.Recount.class)).generate(POLICIES, insurers, now);
		Bench.log("B5: generated " + POLICIES + " policies in " + (System.nanoTime() - start) / 1_000_000 + " ms");
		List<Figure> rows = new ArrayList<>();
		rows.add(measure("region authority (650000)", TestPrincipals.scope(Role.REGION_AUTHORITY, 1, "650000")));
		rows.add(measure("local authority of a prefecture (653100)", TestPrincipals.scope(Role.LOCAL_AUTHORITY, 1, "653100")));
		rows.add(measure("insurer administrator (largest insurer)", TestPrincipals.scope(Role.INSURER_ADMIN, insurers.get(0), "650000")));
		perQuery.forEach((query, t) -> Bench.log(String.format("B5: %-40s %4d calls, mean %6.1f ms", query, t[1], t[0] / 1e6 / t[1])));
		return rows;
	}

	private List<Long> insurers(Organisations organisations) {
		List<Long> ids = new ArrayList<>();
		for (int i = 1; i <= StatisticsData.INSURERS; i++) {
			ids.add(organisations.register(OrganisationRegistration
				.of(OrganisationKind.INSURER, "基准保险" + i + "号新疆分公司", "650000").withCreditCode(CreditCodes.next("650000"))));
		}
		return ids;
	}

	private Figure measure(String who, AccessScope viewer) {
		for (int i = 0; i < 10; i++) {
			dashboard(viewer);
		}
		long[] times = new long[CALLS];
		int calls = 0;
		long start = System.nanoTime();
		while (calls < CALLS && System.nanoTime() - start < BUDGET_NANOS) {
			long t = System.nanoTime();
			dashboard(viewer);
			times[calls++] = System.nanoTime() - t;
		}
		long[] taken = Arrays.copyOf(times, calls);
		Arrays.sort(taken);
		double p95 = taken[(int) Math.ceil(0.95 * calls) - 1] / 1e6;
		double median = taken[calls / 2] / 1e6;
		Bench.log(String.format("B5: %s: %d calls, median %.0f ms, p95 %.0f ms", who, calls, median, p95));
		return new Figure("B5", "dashboard p95, " + who + ", " + calls + " calls (median " + Math.round(median) + " ms)",
				String.format("%,.0f ms", p95), "p95 < 300 ms", p95 < 300);
	}

	/** The {@link Figures} calls of one {@code /statistics} page, as {@code StatisticsPages} makes them. */
	private void dashboard(AccessScope viewer) {
		Locale locale = Locale.SIMPLIFIED_CHINESE;
		boolean insurer = viewer.role() == Role.INSURER_ADMIN;
		boolean region = timed("areaOf", () -> figures.areaOf(filter, viewer)).isRegion();
		timed("by MONTH", () -> figures.by(Dimension.MONTH, filter, viewer, locale));
		timed("total", () -> figures.total(filter, viewer, locale));
		timed("by AREA", () -> figures.by(Dimension.AREA, filter, viewer, locale));
		timed("by INSURER", () -> figures.by(Dimension.INSURER, filter, viewer, locale));
		timed("by LINE", () -> figures.by(Dimension.LINE, filter, viewer, locale));
		timed("by QUARTER", () -> figures.by(Dimension.QUARTER, filter, viewer, locale));
		if (!region) {
			timed("projects", () -> figures.projects(filter, viewer, locale));
		}
		timed("scorecards", () -> figures.scorecards(filter, viewer));
		if (!insurer) {
			timed("warnings", () -> figures.warnings(filter, viewer, locale));
		}
	}

	private <T> T timed(String query, java.util.function.Supplier<T> call) {
		long t = System.nanoTime();
		T result = call.get();
		long[] total = perQuery.computeIfAbsent(query, q -> new long[2]);
		total[0] += System.nanoTime() - t;
		total[1]++;
		return result;
	}

}
