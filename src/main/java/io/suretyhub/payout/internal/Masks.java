package io.suretyhub.payout.internal;

/** How personal numbers are shown: the first four and last four characters, the rest starred. */
public final class Masks {

	private Masks() {
	}

	/** {@code 650102199001011234} → {@code 6501**********1234}; a phone {@code 13912345678} → {@code 139****5678}. */
	public static String mask(String value) {
		if (value == null) {
			return null;
		}
		if (value.length() == 11) {
			return value.substring(0, 3) + "****" + value.substring(7);
		}
		if (value.length() <= 8) {
			return "*".repeat(value.length());
		}
		return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
	}

}
