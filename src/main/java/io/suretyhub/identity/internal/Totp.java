package io.suretyhub.identity.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) with HMAC-SHA1, 30-second steps and 6 digits; a code of the
 * step before or after the current one is accepted too (clock drift).
 */
public final class Totp {

	public static final int DIGITS = 6;

	public static final long STEP_SECONDS = 30;

	private static final int[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000 };

	private Totp() {
	}

	public static long step(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
	}

	public static String code(byte[] key, long step) {
		return code(key, step, DIGITS);
	}

	/** The code of {@code step} with {@code digits} digits (RFC 4226 dynamic truncation). */
	public static String code(byte[] key, long step, int digits) {
		byte[] hash = hmacSha1(key, ByteBuffer.allocate(8).putLong(step).array());
		int offset = hash[hash.length - 1] & 0x0f;
		int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
				| ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
		String code = Integer.toString(binary % POWERS[digits]);
		return "0".repeat(digits - code.length()) + code;
	}

	/** The step (now, one before or one after) whose code {@code candidate} is, if any. */
	public static OptionalLong matchingStep(byte[] key, String candidate, Instant now) {
		if (candidate == null || !candidate.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long current = step(now);
		OptionalLong match = OptionalLong.empty();
		for (long step = current - 1; step <= current + 1; step++) {
			boolean same = MessageDigest.isEqual(code(key, step).getBytes(), candidate.getBytes());
			if (same && match.isEmpty()) {
				match = OptionalLong.of(step);
			}
		}
		return match;
	}

	private static byte[] hmacSha1(byte[] key, byte[] message) {
		try {
			Mac mac = Mac.getInstance("HmacSHA1");
			mac.init(new SecretKeySpec(key, "RAW"));
			return mac.doFinal(message);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA1 is part of every JDK", ex);
		}
	}

}
