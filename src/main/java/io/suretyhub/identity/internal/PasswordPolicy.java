package io.suretyhub.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * At least 10 characters, at least three of upper case, lower case, digits and symbols, not containing
 * the username, at most 72 bytes (what BCrypt reads). Also makes random passwords that satisfy it.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_BYTES = 72;

	private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";

	private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";

	private static final String DIGITS = "23456789";

	private static final String SYMBOLS = "!#%*+-=?@_";

	private static final int GENERATED_LENGTH = 16;

	private final SecureRandom random = new SecureRandom();

	/** The message keys of every reason {@code password} is refused for; empty when it is acceptable. */
	public List<String> check(String username, String password) {
		var reasons = new ArrayList<String>();
		if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
			reasons.add("identity.password.too-short");
		}
		if (password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			reasons.add("identity.password.too-long");
		}
		if (password == null || characterClasses(password) < 3) {
			reasons.add("identity.password.too-simple");
		}
		if (password != null && username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
			reasons.add("identity.password.contains-username");
		}
		return reasons;
	}

	static int characterClasses(String password) {
		boolean upper = false;
		boolean lower = false;
		boolean digit = false;
		boolean symbol = false;
		for (int cp : password.codePoints().toArray()) {
			if (Character.isUpperCase(cp)) {
				upper = true;
			}
			else if (Character.isLowerCase(cp)) {
				lower = true;
			}
			else if (Character.isDigit(cp)) {
				digit = true;
			}
			else if (!Character.isWhitespace(cp) && !Character.isLetter(cp)) {
				symbol = true;
			}
		}
		return (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
	}

	/** A random password of 16 characters with all four character classes. */
	public String generate() {
		var chars = new ArrayList<Character>();
		for (String set : List.of(UPPER, LOWER, DIGITS, SYMBOLS)) {
			chars.add(pick(set));
		}
		String all = UPPER + LOWER + DIGITS + SYMBOLS;
		while (chars.size() < GENERATED_LENGTH) {
			chars.add(pick(all));
		}
		Collections.shuffle(chars, random);
		var out = new StringBuilder();
		chars.forEach(out::append);
		return out.toString();
	}

	private char pick(String set) {
		return set.charAt(random.nextInt(set.length()));
	}

}
