package io.suretyhub.payout;

import java.math.BigDecimal;

/**
 * One row of a payment notice's worker roster (R-CLM-1) as entered or uploaded, before validation.
 *
 * @param name the worker's name
 * @param idNumber the resident ID number (18 characters, GB 11643)
 * @param phone a mobile phone number; may be empty
 * @param bank the bank where the card is held
 * @param bankCard the bank card number (Luhn)
 * @param amount wages owed, positive, in yuan with at most two decimals
 */
public record NewWorker(String name, String idNumber, String phone, String bank, String bankCard, BigDecimal amount) {

	@Override
	public String toString() {
		return "NewWorker[personal data withheld]";
	}

}
