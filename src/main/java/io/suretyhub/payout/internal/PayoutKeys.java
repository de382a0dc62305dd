package io.suretyhub.payout.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the payout keys come from: configuration, else a demo key file next to the embedded database
 * ({@code payout-data.key}, {@code payout-lookup.key}, created at first start), else (tests without a data
 * directory) a throw-away key.
 */
final class PayoutKeys {

	private static final Logger log = LoggerFactory.getLogger(PayoutKeys.class);

	private PayoutKeys() {
	}

	static byte[] resolve(String configured, String property, String embeddedDataDir, String fileName) {
		if (configured != null && !configured.isBlank()) {
			return decode(configured.trim(), property);
		}
		if (embeddedDataDir == null || embeddedDataDir.isBlank()) {
			log.warn("No {} configured and no data directory: a throw-away key is used", property);
			return random();
		}
		Path file = Path.of(embeddedDataDir).toAbsolutePath().normalize().getParent().resolve(fileName);
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				Files.writeString(file, Base64.getEncoder().encodeToString(random()) + "\n");
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			log.warn("DEMO KEY: {} comes from {}; in production set it (base64 of 32 random bytes)", property, file);
			return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the demo key " + file, ex);
		}
	}

	static byte[] decode(String base64, String source) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(source + " is not base64", ex);
		}
		if (key.length != 32) {
			throw new IllegalStateException(source + " must hold 32 bytes (base64), not " + key.length);
		}
		return key;
	}

	private static byte[] random() {
		byte[] key = new byte[32];
		new SecureRandom().nextBytes(key);
		return key;
	}

}
