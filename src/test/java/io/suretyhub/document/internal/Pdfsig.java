package io.suretyhub.document.internal;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Poppler's {@code pdfsig}: skipped with a message where it is not installed, required under CI. */
public final class Pdfsig {

	private static final File PDFSIG = new File("/usr/bin/pdfsig");

	private Pdfsig() {
	}

	public static String check(byte[] pdf) throws IOException, InterruptedException {
		boolean installed = PDFSIG.canExecute();
		if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("pdfsig (Debian poppler-utils) is required under CI but not installed");
		}
		Assumptions.assumeTrue(installed, "pdfsig (Debian poppler-utils) not installed: pdfsig check skipped");
		Path file = Files.createTempFile("policy", ".pdf");
		try {
			Files.write(file, pdf);
			Process process = new ProcessBuilder(PDFSIG.getPath(), "-nocert", file.toString()).redirectErrorStream(true)
				.start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			process.waitFor(60, TimeUnit.SECONDS);
			return output;
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

}
