package io.suretyhub.policy.web;

import java.math.BigDecimal;
import java.util.Locale;

import io.suretyhub.policy.Underwriting;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.Money;
import io.suretyhub.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The insurer's administrator files its rate and automatic issue limit; below the floor is refused (R-SUP-3). */
@Controller
@PreAuthorize("hasRole('INSURER_ADMIN')")
class TermsPages {

	private final Underwriting underwriting;

	private final MessageSource messages;

	TermsPages(Underwriting underwriting, MessageSource messages) {
		this.underwriting = underwriting;
		this.messages = messages;
	}

	@GetMapping("/underwriting/terms")
	String form(AccessScope scope, Model model) {
		underwriting.terms(scope.organisationId()).ifPresent(t -> {
			model.addAttribute("filedRate", t.filedRate().stripTrailingZeros().toPlainString());
			model.addAttribute("autoIssueLimit", t.autoIssueLimit() == null ? "" : t.autoIssueLimit().amount().toPlainString());
		});
		model.addAttribute("floor", underwriting.rateFloor());
		return "policy/terms";
	}

	@PostMapping("/underwriting/terms")
	String save(@RequestParam(defaultValue = "") String filedRate, @RequestParam(defaultValue = "") String autoIssueLimit,
			AccessScope scope, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			underwriting.setTerms(decimal("filedRate", filedRate), autoIssueLimit.isBlank() ? null
					: new Money(decimal("autoIssueLimit", autoIssueLimit)), scope);
			redirect.addFlashAttribute("flash", messages.getMessage("policy.page.flash.terms", null, locale));
			return "redirect:/underwriting/terms";
		}
		catch (InvalidInput invalid) {
			var problem = invalid.problems().get(0);
			model.addAttribute("error", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
		}
		catch (RuleViolation violation) {
			model.addAttribute("error", messages.getMessage("policy.page.violation", new Object[] {
					messages.getMessage(violation.messageKey(), violation.arguments(), locale), violation.rule() }, locale));
		}
		model.addAttribute("filedRate", filedRate);
		model.addAttribute("autoIssueLimit", autoIssueLimit);
		model.addAttribute("floor", underwriting.rateFloor());
		return "policy/terms";
	}

	private static BigDecimal decimal(String field, String text) {
		String value = text.strip().replace(",", "");
		if (!value.matches("\\d{1,16}(\\.\\d{1,10})?")) {
			throw InvalidInput.of(field, field.equals("filedRate") ? "policy.error.rate.range" : "policy.page.error.amount");
		}
		return new BigDecimal(value);
	}

}
