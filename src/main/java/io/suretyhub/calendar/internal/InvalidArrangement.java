package io.suretyhub.calendar.internal;

import java.util.List;

/** An arrangement an administrator submitted breaks the format's rules; nothing was stored. */
public class InvalidArrangement extends RuntimeException {

	private final transient List<Problem> problems;

	InvalidArrangement(List<Problem> problems) {
		super("Invalid calendar arrangement: " + problems);
		this.problems = List.copyOf(problems);
	}

	public List<Problem> problems() {
		return problems;
	}

	/**
	 * What is wrong and where.
	 *
	 * @param field the field ({@code days[3].date})
	 * @param messageKey the message key of the reason
	 * @param arguments the message's arguments
	 */
	public record Problem(String field, String messageKey, Object... arguments) {
	}

}
