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
