package io.suretyhub.identity.web;

import java.util.Locale;
import java.util.Optional;

import io.suretyhub.identity.internal.AccountAdministration;
import io.suretyhub.shared.AccessScope;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Account administration for the system and security administrators (MLPS separation of duties). */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'SECURITY_ADMIN')")
class AccountAdminController {

	private final AccountAdministration administration;

	private final MessageSource messages;

	AccountAdminController(AccountAdministration administration, MessageSource messages) {
		this.administration = administration;
		this.messages = messages;
	}

	@GetMapping
	String list(AccessScope scope, Model model) {
		model.addAttribute("accounts", administration.list(scope));
		return "identity/accounts";
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, AccessScope scope, RedirectAttributes redirect, Locale locale) {
		return done(administration.unlock(scope, id), "identity.admin.unlocked", redirect, locale);
	}

	@PostMapping("/{id}/second-factor/reset")
	String resetSecondFactor(@PathVariable long id, AccessScope scope, RedirectAttributes redirect, Locale locale) {
		return done(administration.resetSecondFactor(scope, id), "identity.admin.second-factor-reset", redirect,
				locale);
	}

	private String done(Optional<String> username, String messageKey, RedirectAttributes redirect, Locale locale) {
		String name = username.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		redirect.addFlashAttribute("flash", messages.getMessage(messageKey, new Object[] { name }, locale));
		return "redirect:/admin/accounts";
	}

}
