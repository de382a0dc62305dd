package io.suretyhub.payout.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.suretyhub.shared.InvalidInput;

/** Reads typed form values field by field, collecting every problem, so a page can show each next to its field. */
final class FormInput {

	private final List<InvalidInput.Problem> problems = new ArrayList<>();

	String text(String field, String value, int max) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			return refuse(field, "payout.error.required");
		}
		return text.length() > max ? refuse(field, "payout.error.tooLong", max) : text;
	}

	Long whole(String field, String value, long min, long max) {
		String text = text(field, value, 18);
		if (text == null) {
			return null;
		}
		try {
			long number = Long.parseLong(text);
			return number < min || number > max ? refuse(field, "payout.error.between", min, max) : number;
		}
		catch (NumberFormatException ex) {
			return refuse(field, "payout.error.notWhole");
		}
	}

	LocalDate date(String field, String value) {
		String text = text(field, value, 10);
		if (text == null) {
			return null;
		}
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return refuse(field, "payout.error.notDate");
		}
	}

	/** A local date and time as a {@code datetime-local} field sends it ({@code 2026-11-23T09:00}), or with a space. */
	LocalDateTime dateTime(String field, String value) {
		String text = text(field, value, 19);
		if (text == null) {
			return null;
		}
		try {
			return LocalDateTime.parse(text.replace(' ', 'T'));
		}
		catch (DateTimeParseException ex) {
			return refuse(field, "payout.error.notDateTime");
		}
	}

	/** A positive amount in yuan with at most two decimals (fen). */
	BigDecimal amount(String field, String value) {
		String text = text(field, value, 20);
		if (text == null) {
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(text);
			if (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2 || amount.precision() - amount.scale() > 16) {
				return refuse(field, "payout.error.notAmount");
			}
			return amount;
		}
		catch (NumberFormatException ex) {
			return refuse(field, "payout.error.notAmount");
		}
	}

	/** Throws the collected problems, if any. */
	void check() {
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private <T> T refuse(String field, String key, Object... arguments) {
		problems.add(new InvalidInput.Problem(field, key, arguments));
		return null;
	}

}
