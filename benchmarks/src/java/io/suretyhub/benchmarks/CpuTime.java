package io.suretyhub.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU time, which a loaded machine stretches far less than wall time: this JVM's (every thread, JIT and
 * GC included) and the PostgreSQL server's (the postmaster and all its processes), in milliseconds.
 */
final class CpuTime {

	/** Linux's USER_HZ, the unit of /proc/[pid]/stat times. */
	private static final int TICKS_PER_SECOND = 100;

	private CpuTime() {
	}

	static long jvmMs() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1_000_000;
	}

	/** The server of {@code backendPid} (from {@code pg_backend_pid()}) and all its processes. */
	static long postgresMs(long backendPid) {
		return ProcessHandle.of(backendPid)
			.flatMap(ProcessHandle::parent)
			.map(postmaster -> Stream.concat(Stream.of(postmaster), postmaster.descendants())
				.mapToLong(p -> ticks(p.pid()))
				.sum() * 1000 / TICKS_PER_SECOND)
			.orElse(0L);
	}

	private static long ticks(long pid) {
		try {
			String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
		}
		catch (IOException | RuntimeException gone) {
			return 0;
		}
	}

}
