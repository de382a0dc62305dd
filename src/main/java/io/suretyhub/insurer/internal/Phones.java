package io.suretyhub.insurer.internal;

/** Phone numbers and ID numbers as the forms accept and the pages show them. */
public final class Phones {

	/** A mobile ({@code 13812345678}) or landline ({@code 0991-1234567}) number. */
	public static final String PATTERN = "1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}";

	private Phones() {
	}

	/** Keeps the first three and last four characters visible. */
	public static String mask(String value) {
		if (value == null || value.length() < 8) {
			return value == null ? "" : "****";
		}
		return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
	}

}
