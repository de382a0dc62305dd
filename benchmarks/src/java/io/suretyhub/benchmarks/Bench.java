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
 * {@code ./bench B2 B3} for some). B1…B5 share one platform started in this JVM; B6, last, starts the
 * platform as its own process. A benchmark is one class named as in {@link #PLANNED}.
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
		var inProcess = PLANNED.entrySet().stream().filter(p -> !p.getKey().equals("B6Footprint") && selected(only, p.getKey())).toList();
		if (!inProcess.isEmpty()) {
			try (BenchApp app = BenchApp.start()) {
				for (var planned : inProcess) {
					figures.addAll(run(planned.getKey(), planned.getValue(), app));
				}
			}
		}
		if (selected(only, "B6Footprint")) {
			figures.addAll(run("B6Footprint", PLANNED.get("B6Footprint"), null));
		}
		figures.sort((a, b) -> a.id().compareTo(b.id()));
		Table.print(figures, Duration.between(start, Instant.now()));
		System.exit(0);
	}

	/** The benchmark's rows; a missing class or a failure is a row of its own, and the others still run. */
	private static List<Figure> run(String name, String title, BenchApp app) {
		String id = name.substring(0, 2);
		try {
			Benchmark benchmark = find(name);
			if (benchmark == null) {
				return List.of(Figure.missing(id, title));
			}
			log("running " + name);
			List<Figure> figures = benchmark.run(app);
			figures.forEach(f -> log(f.id() + " " + f.what() + ": " + f.value() + " " + f.verdict()));
			return figures;
		}
		catch (Exception ex) {
			ex.printStackTrace();
			return List.of(new Figure(id, title, "failed: " + ex.getMessage(), "", false));
		}
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
