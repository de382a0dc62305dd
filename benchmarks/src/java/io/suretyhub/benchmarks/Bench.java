package io.suretyhub.benchmarks;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs every benchmark of docs/benchmarks.md in one go and prints the table: {@code ./bench} (or
 * {@code ./bench B2 B3} for some). B6 starts the platform as its own process; the others share one
 * platform started in this JVM. A benchmark is one class named as in {@link #PLANNED}.
 */
public final class Bench {

	/** The table's benchmarks, by class name (in this package) and title. */
	static final Map<String, String> PLANNED = new LinkedHashMap<>();

	static {
		PLANNED.put("B1Issuance", "issuance");
		PLANNED.put("B2Sweep", "deadline sweep");
		PLANNED.put("B3Verification", "verification");
		PLANNED.put("B4Roster", "roster (payouts)");
		PLANNED.put("B5Dashboards", "dashboards");
		PLANNED.put("B6Footprint", "footprint");
	}

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		Set<String> only = Set.of(args);
		Instant start = Instant.now();
		List<Figure> figures = new ArrayList<>();
		Benchmark footprint = find("B6Footprint");
		if (selected(only, "B6Footprint")) {
			figures.addAll(footprint.run(null));
		}
		try (BenchApp app = BenchApp.start()) {
			for (var planned : PLANNED.entrySet()) {
				String name = planned.getKey();
				if (name.equals("B6Footprint") || !selected(only, name)) {
					continue;
				}
				Benchmark benchmark = find(name);
				if (benchmark == null) {
					figures.add(Figure.missing(name.substring(0, 2), planned.getValue()));
					continue;
				}
				log("running " + name);
				figures.addAll(benchmark.run(app));
			}
		}
		figures.sort((a, b) -> a.id().compareTo(b.id()));
		Table.print(figures, Duration.between(start, Instant.now()));
		System.exit(0);
	}

	private static boolean selected(Set<String> only, String name) {
		return only.isEmpty() || only.contains(name.substring(0, 2)) || only.contains(name);
	}

	private static Benchmark find(String name) throws ReflectiveOperationException {
		try {
			return (Benchmark) Class.forName(Bench.class.getPackageName() + "." + name).getDeclaredConstructor().newInstance();
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

	static void log(String message) {
		System.out.println("[bench " + java.time.LocalTime.now().withNano(0) + "] " + message);
	}

}
