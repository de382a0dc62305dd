package io.suretyhub.shared;

/**
 * A business rule of {@code RULES.md} refused an action. Carries the rule ({@code R-POL-7}), a message
 * key for the user's language and its arguments; the web layer renders it as a 422 (API) or a
 * message on the page, never as a stack trace.
 */
public class RuleViolation extends RuntimeException {

	private final String rule;

	private final String messageKey;

	private final transient Object[] arguments;

	public RuleViolation(String rule, String messageKey, Object... arguments) {
		super(rule + ": " + messageKey);
		this.rule = rule;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String rule() {
		return rule;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

}
