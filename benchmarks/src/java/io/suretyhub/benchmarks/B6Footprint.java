package io.suretyhub.benchmarks;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.util.FileSystemUtils;

/**
 * B6: the platform started as its own process as an operator would (main class, demo data on, fresh data
 * directories): seconds from launching the JVM until {@code /actuator/health/readiness} answers UP (the
 * embedded PostgreSQL started, migrated, demo data loaded), then resident memory — the JVM's RSS plus the
 * PostgreSQL processes' proportional set size (their shared buffers counted once).
 */
public class B6Footprint implements Benchmark {

	static final Duration LIMIT = Duration.ofMinutes(6);

	@Override
	public List<Figure> run(BenchApp unused) throws Exception {
		Path data = Files.createTempDirectory("suretyhub-bench");
		int port;
		try (var socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
			.collect(Collectors.joining(File.pathSeparator));
		Bench.log("B6: starting the platform as a process on port " + port);
		var builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
				"io.suretyhub.SuretyHubApplication", "--server.port=" + port,
				"--management.endpoint.health.probes.enabled=true")
			.redirectErrorStream(true)
			.redirectOutput(data.resolve("platform.log").toFile());
		builder.environment().put("SURETYHUB_DATA_DIR", data.resolve("postgres").toString());
		builder.environment().put("SURETYHUB_SEAL_DIR", data.resolve("seal").toString());
		long start = System.nanoTime();
		long launched = System.currentTimeMillis();
		Process process = builder.start();
		try {
			double seconds = awaitReady(port, process, start, data.resolve("platform.log"));
			Thread.sleep(2000);
			long jvm = Memory.rssKb(process.pid());
			long postgres = Memory.postgresPssKb(data.resolve("postgres").toString());
			long total = (jvm + postgres) / 1024;
			return List.of(Figure.info("B6", "phases, seconds after launch (from the platform's log)",
					StartPhases.of(Files.readAllLines(data.resolve("platform.log")), launched)),
					new Figure("B6", "start to ready (embedded PostgreSQL, migrations, demo data)",
					String.format("%.1f s", seconds), "< 20 s", seconds < 20),
					Figure.info("B6", "memory: JVM RSS / PostgreSQL PSS", jvm / 1024 + " MB / " + postgres / 1024 + " MB"),
					new Figure("B6", "resident memory after the demo data", total + " MB", "< 700 MB", total < 700));
		}
		finally {
			process.destroy();
			process.waitFor();
			try (var files = Files.list(data)) {
				for (Path file : files.filter(f -> !f.endsWith("platform.log")).toList()) {
					FileSystemUtils.deleteRecursively(file);
				}
			}
			Bench.log("B6: platform log in " + data.resolve("platform.log") + " (its data directories deleted)");
		}
	}

	/**
	 * Seconds until readiness answers 200 — from this process: on a busy machine another program may take
	 * the port first, so the answer counts only once the platform's log says its Tomcat started on it.
	 */
	private static double awaitReady(int port, Process process, long start, Path log) throws Exception {
		String started = "Tomcat started on port " + port + " ";
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
		var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build();
		while (System.nanoTime() - start < LIMIT.toNanos()) {
			if (!process.isAlive()) {
				throw new IllegalStateException("B6: the platform stopped with " + process.exitValue());
			}
			try {
				if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200
						&& Files.readString(log).contains(started)) {
					return (System.nanoTime() - start) / 1e9;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(100);
		}
		throw new IllegalStateException("B6: not ready within " + LIMIT);
	}

}
