package io.suretyhub.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.util.FileSystemUtils;

/**
 * A PostgreSQL server run from the binaries in the jar, one per data directory and JVM.
 * PostgreSQL refuses to run as root; when this JVM is root, the server runs in a user namespace
 * as an ordinary user (or, where namespaces are not allowed, as {@code nobody}).
 */
final class EmbeddedPostgresServer {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final Map<Path, CompletableFuture<EmbeddedPostgresServer>> RUNNING = new ConcurrentHashMap<>();

	private static final Set<Path> TEMPORARY = ConcurrentHashMap.newKeySet();

	private final Path binaries;

	private final Path dataDirectory;

	private final int port;

	private final List<String> runAs;

	private EmbeddedPostgresServer(Path binaries, Path dataDirectory, int port, List<String> runAs) {
		this.binaries = binaries;
		this.dataDirectory = dataDirectory;
		this.port = port;
		this.runAs = runAs;
	}

	/** The server of a new temporary data directory, which is deleted when the server stops at exit. */
	static EmbeddedPostgresServer temporary() throws IOException {
		Path directory = Files.createTempDirectory("suretyhub-test-pg").toAbsolutePath().normalize();
		TEMPORARY.add(directory);
		return forDirectory(directory);
	}

	/** The server of {@code dataDirectory}, started now or, if {@link #startInBackground} began it, once it is up. */
	static EmbeddedPostgresServer forDirectory(Path dataDirectory) {
		var server = starting(dataDirectory, Runnable::run);
		try {
			return server.join();
		}
		catch (CompletionException ex) {
			RUNNING.remove(dataDirectory.toAbsolutePath().normalize(), server);
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
	}

	/**
	 * Begins starting the server of {@code dataDirectory} (initdb on the first start, then pg_ctl) on a
	 * thread of its own, so that it overlaps with the application context being built; the JVM does not
	 * exit before that thread is done, so a started server always has its shutdown handler.
	 */
	static void startInBackground(Path dataDirectory) {
		starting(dataDirectory, task -> new Thread(task, "embedded-postgres-start").start());
	}

	private static CompletableFuture<EmbeddedPostgresServer> starting(Path dataDirectory, Executor executor) {
		return RUNNING.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(),
				directory -> CompletableFuture.supplyAsync(() -> start(directory), executor));
	}

	int port() {
		return port;
	}

	private static EmbeddedPostgresServer start(Path dataDirectory) {
		try {
			Path binaries = PostgresBinaries.unpacked();
			List<String> runAs = Unprivileged.prefixFor(dataDirectory);
			var server = new EmbeddedPostgresServer(binaries, dataDirectory, freePort(), runAs);
			server.startProcess();
			// after every application context has closed, not racing them
			SpringApplication.getShutdownHandlers().add(server::shutdown);
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory, ex);
		}
	}

	private void startProcess() throws IOException {
		Files.createDirectories(dataDirectory);
		if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
			run("initdb", "-A", "trust", "-U", "postgres", "-D", dataDirectory.toString(), "-E", "UTF-8",
					"--locale=C");
			log.info("Created a new PostgreSQL cluster in {}", dataDirectory);
		}
		if (run(List.of("pg_ctl", "-D", dataDirectory.toString(), "status"), false) == 0) {
			log.warn("A PostgreSQL from an earlier run still holds {}; stopping it", dataDirectory);
			stop();
		}
		String options = "-p " + port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
				+ "-c max_connections=300 -c timezone=Asia/Shanghai";
		run("pg_ctl", "-D", dataDirectory.toString(), "-l", dataDirectory.resolve("server.log").toString(), "-w",
				"-t", "120", "-o", options, "start");
		log.info("Embedded PostgreSQL serving {} on 127.0.0.1:{}", dataDirectory, port);
	}

	void stop() {
		run(List.of("pg_ctl", "-D", dataDirectory.toString(), "-m", "fast", "-w", "stop"), false);
	}

	/** Stops the server at exit and deletes its data directory if it was a temporary one. */
	private void shutdown() {
		stop();
		if (TEMPORARY.remove(dataDirectory) && !FileSystemUtils.deleteRecursively(dataDirectory.toFile())) {
			log.warn("Could not delete the temporary PostgreSQL data directory {}", dataDirectory);
		}
	}

	private void run(String... command) {
		int exit = run(List.of(command), true);
		if (exit != 0) {
			throw new IllegalStateException(command[0] + " failed with exit code " + exit + "; see "
					+ dataDirectory.resolve("server.log"));
		}
	}

	private int run(List<String> command, boolean logOutput) {
		List<String> full = new ArrayList<>(runAs);
		full.add(binaries.resolve("bin").resolve(command.get(0)).toString());
		full.addAll(command.subList(1, command.size()));
		try {
			Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes());
			if (!process.waitFor(180, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return -1;
			}
			if (logOutput && process.exitValue() != 0) {
				log.error("{} said: {}", command.get(0), output);
			}
			return process.exitValue();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

	private static int freePort() throws IOException {
		try (var socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
