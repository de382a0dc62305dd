package io.suretyhub.policy.web;

import java.util.Locale;

import io.suretyhub.policy.Policies;
import io.suretyhub.shared.AccessScope;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The local authority: surrender applications awaiting its decision in its area (R-POL-7), approved or
 * rejected with a reason, and closing the policy of a complete project (R-POL-6).
 */
@Controller
@PreAuthorize("hasRole('LOCAL_AUTHORITY')")
class AuthorityPages {

	private final Policies policies;

	private final PolicyRows rows;

	private final PageActions actions;

	AuthorityPages(Policies policies, PolicyRows rows, PageActions actions) {
		this.policies = policies;
		this.rows = rows;
		this.actions = actions;
	}

	@GetMapping("/surrenders")
	String awaiting(AccessScope scope, Model model) {
		model.addAttribute("rows", rows.rows(policies.surrendersAwaiting(scope)));
		return "policy/surrenders";
	}

	@PostMapping("/policies/{id}/surrender-approval")
	String approve(@PathVariable long id, AccessScope scope, Locale locale, RedirectAttributes redirect) {
		return actions.run("/policies/" + id, locale, redirect, "policy.page.flash.surrenderApproved",
				() -> policies.approveSurrender(id, scope));
	}

	@PostMapping("/policies/{id}/surrender-rejection")
	String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, AccessScope scope, Locale locale,
			RedirectAttributes redirect) {
		return actions.run("/policies/" + id, locale, redirect, "policy.page.flash.surrenderRejected",
				() -> policies.rejectSurrender(id, reason, scope));
	}

	@PostMapping("/policies/{id}/close")
	String close(@PathVariable long id, AccessScope scope, Locale locale, RedirectAttributes redirect) {
		return actions.run("/policies/" + id, locale, redirect, "policy.page.flash.closed", () -> policies.close(id, scope));
	}

}
