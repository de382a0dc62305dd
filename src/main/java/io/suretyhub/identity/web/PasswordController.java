package io.suretyhub.identity.web;

import java.util.List;
import java.util.Locale;

import io.suretyhub.identity.internal.PasswordChange;
import io.suretyhub.shared.AccessScope;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in user changes their own password. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

	private static final String PAGE = "identity/password";

	private final PasswordChange passwordChange;

	private final MessageSource messages;

	PasswordController(PasswordChange passwordChange, MessageSource messages) {
		this.passwordChange = passwordChange;
		this.messages = messages;
	}

	/** What the form posts; never echoed back into the page. */
	record PasswordForm(String current, String replacement, String repeated) {
	}

	@GetMapping
	String form(Model model) {
		model.addAttribute("reasons", List.of());
		return PAGE;
	}

	@PostMapping
	String change(@ModelAttribute PasswordForm form, AccessScope scope, Model model, RedirectAttributes redirect,
			Locale locale) {
		List<String> reasons = passwordChange.change(scope.accountId(), form.current(), form.replacement(),
				form.repeated());
		if (!reasons.isEmpty()) {
			model.addAttribute("reasons", reasons);
			return PAGE;
		}
		redirect.addFlashAttribute("flash", messages.getMessage("identity.password.changed", null, locale));
		return "redirect:/account/password";
	}

}
