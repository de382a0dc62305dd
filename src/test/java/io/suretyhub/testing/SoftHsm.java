package io.suretyhub.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;

/**
 * A SoftHSM2 token (Debian {@code softhsm2}) for the PKCS#11 tests: initialised once per test JVM in the file named
 * by {@code SOFTHSM2_CONF} (set by the Maven build, so that the PKCS#11 module reads it when it starts), its tokens
 * under {@code target/softhsm}. Skipped with a message where SoftHSM2 is not installed, required under CI.
 */
public final class SoftHsm {

	public static final String PIN = "246810";

	public static final String SKIPPED = "SoftHSM2 (Debian softhsm2) not installed, or the tests not run through Maven "
			+ "(SOFTHSM2_CONF unset): PKCS#11 test skipped";

	private static final String REQUIRED = "SoftHSM2 (Debian softhsm2) is required under CI but not installed";

	private static final Path UTIL = Path.of("/usr/bin/softhsm2-util");

	private static final List<Path> LIBRARIES = List.of(Path.of("/usr/lib/softhsm/libsofthsm2.so"),
			Path.of("/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"), Path.of("/usr/lib64/pkcs11/libsofthsm2.so"));

	private static Token token;

	private SoftHsm() {
	}

	/** The token's module, slot and PIN. */
	public record Token(String library, long slot, String pin) {
	}

	/**
	 * Whether the PKCS#11 tests can run here (for {@code @EnabledIf} on a class whose context needs the token);
	 * under CI they must, so a missing SoftHSM2 is an error there rather than a skip.
	 */
	public static boolean available() {
		boolean installed = LIBRARIES.stream().anyMatch(Files::isReadable) && Files.isExecutable(UTIL)
				&& System.getenv("SOFTHSM2_CONF") != null;
		if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException(REQUIRED);
		}
		return installed;
	}

	public static synchronized Token token() {
		if (token == null) {
			token = initialise();
		}
		return token;
	}

	private static Token initialise() {
		Assumptions.assumeTrue(available(), SKIPPED);
		Path library = LIBRARIES.stream().filter(Files::isReadable).findFirst().orElseThrow();
		String conf = System.getenv("SOFTHSM2_CONF");
		try {
			Path tokens = Path.of(conf).toAbsolutePath().getParent().resolve("tokens");
			if (Files.exists(tokens)) {
				try (Stream<Path> old = Files.walk(tokens)) {
					old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
				}
			}
			Files.createDirectories(tokens);
			Files.writeString(Path.of(conf), "directories.tokendir = " + tokens + "\nobjectstore.backend = file\n"
					+ "log.level = ERROR\n");
			Process init = new ProcessBuilder(UTIL.toString(), "--init-token", "--free", "--label", "suretyhub-test",
					"--pin", PIN, "--so-pin", "135790").redirectErrorStream(true).start();
			String output = new String(init.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			init.waitFor(60, TimeUnit.SECONDS);
			var slot = Pattern.compile("reassigned to slot (\\d+)").matcher(output);
			if (!slot.find()) {
				throw new IllegalStateException("softhsm2-util did not initialise a token: " + output);
			}
			return new Token(library.toString(), Long.parseLong(slot.group(1)), PIN);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot prepare the SoftHSM2 token", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
