package io.suretyhub.payout.internal;

import java.util.regex.Pattern;

/** Bank card numbers: 12 to 19 digits passing the Luhn check. */
public final class BankCards {

	private static final Pattern DIGITS = Pattern.compile("\\d{12,19}");

	private BankCards() {
	}

	public static boolean valid(String card) {
		if (card == null || !DIGITS.matcher(card).matches()) {
			return false;
		}
		int sum = 0;
		boolean twice = false;
		for (int i = card.length() - 1; i >= 0; i--) {
			int digit = card.charAt(i) - '0';
			if (twice) {
				digit *= 2;
				if (digit > 9) {
					digit -= 9;
				}
			}
			sum += digit;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

}
