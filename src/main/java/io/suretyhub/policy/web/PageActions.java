package io.suretyhub.policy.web;

import java.util.Locale;

import io.suretyhub.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Runs a button's action and returns to a page: done → a flash message; a missing or too long reason →
 * the reason shown next to the form. A broken rule falls to the rule page, which names it.
 */
@Component
class PageActions {

	private final MessageSource messages;

	PageActions(MessageSource messages) {
		this.messages = messages;
	}

	String run(String target, Locale locale, RedirectAttributes redirect, String doneKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", messages.getMessage(doneKey, null, locale));
		}
		catch (InvalidInput invalid) {
			var problem = invalid.problems().get(0);
			redirect.addFlashAttribute("actionError", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
		}
		return "redirect:" + target;
	}

}
