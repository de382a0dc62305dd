package io.suretyhub.benchmarks;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** When the platform's log says each phase of its start ended, in seconds after the JVM was launched. */
final class StartPhases {

	private static final Map<String, String> MARKS = new LinkedHashMap<>();

	static {
		MARKS.put("Starting SuretyHubApplication", "JVM up");
		MARKS.put("Created a new PostgreSQL cluster", "initdb done");
		MARKS.put("Embedded PostgreSQL serving", "PostgreSQL up");
		MARKS.put("Root WebApplicationContext: initialization completed", "web context");
		MARKS.put("Successfully applied", "migrations");
		MARKS.put("Started SuretyHubApplication", "context started");
		MARKS.put("Demo data created", "demo data");
	}

	private StartPhases() {
	}

	static String of(List<String> log, long launchedMillis) {
		StringJoiner phases = new StringJoiner(", ");
		MARKS.forEach((mark, name) -> log.stream()
			.filter(line -> line.contains(mark) && line.length() > 24)
			.findFirst()
			.ifPresent(line -> phases.add(name + " " + String.format("%.1f",
					(Instant.parse(line.substring(0, 24)).toEpochMilli() - launchedMillis) / 1000.0))));
		return phases.toString();
	}

}
