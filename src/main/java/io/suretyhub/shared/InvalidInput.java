package io.suretyhub.shared;

import java.util.List;

/**
 * Input that cannot be accepted, field by field: a form shows each problem next to its field, the API
 * answers 400 with the field and the reason. Each problem carries a message key and its arguments, so
 * the reason reaches the user in their language.
 */
public class InvalidInput extends RuntimeException {

	private final transient List<Problem> problems;

	public InvalidInput(List<Problem> problems) {
		super("Invalid input: " + problems.stream().map(Problem::field).toList());
		if (problems.isEmpty()) {
			throw new IllegalArgumentException("At least one problem");
		}
		this.problems = List.copyOf(problems);
	}

	public static InvalidInput of(String field, String messageKey, Object... arguments) {
		return new InvalidInput(List.of(new Problem(field, messageKey, arguments)));
	}

	public List<Problem> problems() {
		return problems;
	}

	/** One field and why it was refused. */
	public record Problem(String field, String messageKey, Object... arguments) {

		public Problem {
			arguments = arguments.clone();
		}

	}

}
