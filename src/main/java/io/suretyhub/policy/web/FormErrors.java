package io.suretyhub.policy.web;

import java.util.Locale;

import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;

/** Puts a refusal on the form: next to its field when it has one, above the form otherwise, naming the rule. */
final class FormErrors {

	private FormErrors() {
	}

	static void show(InvalidInput invalid, BindingResult binding) {
		invalid.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey()));
	}

	/** @param field the form field the refusal belongs to, or {@code null} for the whole form */
	static void show(RuleViolation violation, String field, BindingResult binding, MessageSource messages, Locale locale) {
		String text = messages.getMessage(violation.messageKey(), violation.arguments(), violation.messageKey(), locale);
		Object[] arguments = { text, violation.rule() };
		if (field == null) {
			binding.reject("policy.page.violation", arguments, text);
		}
		else {
			binding.rejectValue(field, "policy.page.violation", arguments, text);
		}
	}

}
