package io.suretyhub.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the key that encrypts secrets at rest comes from: the configuration property
 * {@value #PROPERTY} (base64 of 32 bytes); without it a demo key kept in a file next to the embedded
 * database (created at first start); without a data directory either (tests), a throw-away key.
 */
public final class SecretKeys {

	public static final String PROPERTY = "suretyhub.security.secret-key";

	private static final Logger log = LoggerFactory.getLogger(SecretKeys.class);

	private static final int KEY_BYTES = 32;

	private SecretKeys() {
	}

	public static SecretKey resolve(String configured, String embeddedDataDir) {
		if (configured != null && !configured.isBlank()) {
			return aes(decode(configured.trim(), PROPERTY));
		}
		if (embeddedDataDir == null || embeddedDataDir.isBlank()) {
			log.warn("No {} configured and no data directory: secrets are encrypted with a throw-away key", PROPERTY);
			return aes(randomBytes());
		}
		Path parent = Path.of(embeddedDataDir).toAbsolutePath().normalize().getParent();
		return aes(demoKey(parent.resolve("secret.key")));
	}

	static byte[] demoKey(Path file) {
		try {
			if (!Files.exists(file)) {
				Files.createDirectories(file.getParent());
				Files.writeString(file, Base64.getEncoder().encodeToString(randomBytes()) + "\n");
				restrict(file);
			}
			log.warn("DEMO KEY: secrets at rest are encrypted with the key in {}, made for this installation. "
					+ "In production set {} (base64 of 32 random bytes, e.g. from `openssl rand -base64 32`) "
					+ "and keep it apart from the database.", file, PROPERTY);
			return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the demo key " + file, ex);
		}
	}

	private static byte[] decode(String base64, String source) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(source + " is not base64", ex);
		}
		if (key.length != KEY_BYTES) {
			throw new IllegalStateException(source + " must hold 32 bytes (base64), not " + key.length);
		}
		return key;
	}

	private static void restrict(Path file) {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException | IOException ex) {
			log.warn("Cannot restrict the permissions of {}", file);
		}
	}

	private static byte[] randomBytes() {
		byte[] key = new byte[KEY_BYTES];
		new SecureRandom().nextBytes(key);
		return key;
	}

	private static SecretKey aes(byte[] key) {
		return new SecretKeySpec(key, "AES");
	}

}
