package io.suretyhub.insurer.web;

import java.util.List;
import java.util.Locale;

import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a page action and comes back to the page: done → a success message; refused input or a broken
 * rule → the reasons, in the user's language, shown on the page (nothing changed).
 */
@Component
class Outcomes {

	private final MessageSource messages;

	Outcomes(MessageSource messages) {
		this.messages = messages;
	}

	String run(String page, String doneKey, BindingResult binding, Locale locale, RedirectAttributes redirect,
			Action action) {
		if (binding != null && binding.hasErrors()) {
			redirect.addFlashAttribute("errors", binding.getFieldErrors().stream()
				.map(e -> text("insurer.field." + e.getField(), locale) + ": " + messages.getMessage(e, locale)).toList());
			return "redirect:" + page;
		}
		try {
			action.run();
			redirect.addFlashAttribute("flash", text(doneKey, locale));
		}
		catch (InvalidInput invalid) {
			redirect.addFlashAttribute("errors", invalid.problems().stream()
				.map(p -> messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale)).toList());
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("errors", List.of(
					messages.getMessage(violation.messageKey(), violation.arguments(), violation.messageKey(), locale)));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		return "redirect:" + page;
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	/** A page action. */
	interface Action {

		void run() throws java.io.IOException;

	}

}
