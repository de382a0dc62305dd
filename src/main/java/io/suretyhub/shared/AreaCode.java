package io.suretyhub.shared;

import java.util.regex.Pattern;

/**
 * A GB/T 2260 administrative division code (six digits): region {@code 650000}, prefecture
 * {@code 650100}, county {@code 650102} (R-GEO-1).
 */
public record AreaCode(String value) implements java.io.Serializable {

	private static final Pattern SIX_DIGITS = Pattern.compile("[1-9]\\d{5}");

	public AreaCode {
		if (value == null || !SIX_DIGITS.matcher(value).matches()) {
			throw new IllegalArgumentException("An area code has six digits: " + value);
		}
	}

	public static AreaCode of(String value) {
		return new AreaCode(value);
	}

	public static boolean isValid(String value) {
		return value != null && SIX_DIGITS.matcher(value).matches();
	}

	public boolean isRegion() {
		return value.endsWith("0000");
	}

	public boolean isPrefecture() {
		return !isRegion() && value.endsWith("00");
	}

	public AreaCode region() {
		return new AreaCode(value.substring(0, 2) + "0000");
	}

	/** The prefecture this code lies in; a region code has none and answers itself. */
	public AreaCode prefecture() {
		return isRegion() ? this : new AreaCode(value.substring(0, 4) + "00");
	}

	/** Whether {@code other} is this area or lies inside it. */
	public boolean contains(AreaCode other) {
		if (isRegion()) {
			return other.value.startsWith(value.substring(0, 2));
		}
		if (isPrefecture()) {
			return other.value.startsWith(value.substring(0, 4));
		}
		return equals(other);
	}

	@Override
	public String toString() {
		return value;
	}

}
