package io.suretyhub.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.suretyhub.shared.InvalidInput.Problem;
import io.suretyhub.shared.Money;

/**
 * Reads typed form values for the policy's forms: each problem is added to the list with its field,
 * and the value is {@code null}, so a form can report every field at once.
 */
public final class TypedInput {

	private TypedInput() {
	}

	/** An ISO date ({@code 2026-03-01}); else {@code policy.error.date}. */
	public static LocalDate date(String field, String input, List<Problem> problems) {
		try {
			return LocalDate.parse(input == null ? "" : input.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem(field, "policy.error.date"));
			return null;
		}
	}

	/** A positive amount in yuan to the fen (thousands separators allowed); else {@code messageKey}. */
	public static Money amount(String field, String input, String messageKey, List<Problem> problems) {
		String value = input == null ? "" : input.strip().replace(",", "");
		if (value.matches("\\d{1,16}(\\.\\d{1,2})?") && new BigDecimal(value).signum() > 0) {
			return new Money(new BigDecimal(value));
		}
		problems.add(new Problem(field, messageKey));
		return null;
	}

}
