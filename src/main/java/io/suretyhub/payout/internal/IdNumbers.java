package io.suretyhub.payout.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Resident ID numbers of GB 11643-1999: 17 digits, a birth date at 7–14, and an ISO 7064 MOD 11-2 check character. */
public final class IdNumbers {

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private static final String CHECK = "10X98765432";

	private static final Pattern FORM = Pattern.compile("\\d{17}[0-9X]");

	private IdNumbers() {
	}

	/** The check character for the first 17 digits. */
	public static char checkCharacter(String first17) {
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return CHECK.charAt(sum % 11);
	}

	public static boolean checksumValid(String id) {
		return id != null && FORM.matcher(id).matches() && checkCharacter(id.substring(0, 17)) == id.charAt(17);
	}

	/** Whether the birth date is a real day between 1900-01-01 and {@code today}. */
	public static boolean birthDateValid(String id, LocalDate today) {
		if (id == null || !FORM.matcher(id).matches()) {
			return false;
		}
		try {
			LocalDate birth = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
					Integer.parseInt(id.substring(12, 14)));
			return !birth.isBefore(LocalDate.of(1900, 1, 1)) && !birth.isAfter(today);
		}
		catch (DateTimeException ex) {
			return false;
		}
	}

}
