package io.suretyhub.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How to start PostgreSQL when this JVM runs as root, which PostgreSQL refuses: inside a user
 * namespace in which we are an ordinary user (files stay ours), or else as {@code nobody}, to whom
 * the data directory is then given.
 */
final class Unprivileged {

	private static final List<String> USER_NAMESPACE = List.of("unshare", "--user", "--map-user=1000",
			"--map-group=1000");

	private static final List<String> NOBODY = List.of("setpriv", "--reuid=65534", "--regid=65534",
			"--clear-groups");

	private Unprivileged() {
	}

	static List<String> prefixFor(Path dataDirectory) throws IOException {
		if (!"root".equals(System.getProperty("user.name"))) {
			return List.of();
		}
		if (succeeds(concat(USER_NAMESPACE, "true"))) {
			return USER_NAMESPACE;
		}
		java.nio.file.Files.createDirectories(dataDirectory);
		if (!succeeds(List.of("chown", "-R", "65534:65534", dataDirectory.toString()))) {
			throw new IOException("Cannot hand " + dataDirectory + " to an unprivileged user");
		}
		return NOBODY;
	}

	private static List<String> concat(List<String> prefix, String command) {
		var all = new java.util.ArrayList<>(prefix);
		all.add(command);
		return all;
	}

	private static boolean succeeds(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			process.getInputStream().readAllBytes();
			return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
