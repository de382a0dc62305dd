package io.suretyhub.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Memory of a process from Linux's /proc, in KB (0 when the process is gone). */
final class Memory {

	private Memory() {
	}

	static long rssKb(long pid) {
		return field(Path.of("/proc", String.valueOf(pid), "status"), "VmRSS:");
	}

	/**
	 * The PSS of the PostgreSQL server whose data directory is {@code dataDir} and of its backends (pg_ctl
	 * detaches the server, so it is not a descendant of the JVM that started it).
	 */
	static long postgresPssKb(String dataDir) {
		return ProcessHandle.allProcesses()
			.filter(p -> p.info().commandLine().map(c -> c.contains(dataDir)).orElse(false))
			.mapToLong(p -> pssKb(p.pid()) + p.descendants().mapToLong(d -> pssKb(d.pid())).sum())
			.sum();
	}

	static long pssKb(long pid) {
		return field(Path.of("/proc", String.valueOf(pid), "smaps_rollup"), "Pss:");
	}

	private static long field(Path file, String name) {
		try {
			return Files.readAllLines(file)
				.stream()
				.filter(line -> line.startsWith(name))
				.mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")))
				.findFirst()
				.orElse(0);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

}
