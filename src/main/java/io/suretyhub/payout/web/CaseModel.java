package io.suretyhub.payout.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import io.suretyhub.payout.ArrearsCases;
import io.suretyhub.payout.Payouts;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the case page's model, with a report of refused input (each row and field) when there is one. */
@Component
class CaseModel {

	private final ArrearsCases cases;

	private final Payouts payouts;

	private final MessageSource messages;

	CaseModel(ArrearsCases cases, Payouts payouts, MessageSource messages) {
		this.cases = cases;
		this.payouts = payouts;
		this.messages = messages;
	}

	String page(long id, AccessScope scope, Model model) {
		model.addAttribute("c", cases.find(id, scope));
		model.addAttribute("workers", cases.workers(id, scope));
		model.addAttribute("payments", payouts.payments(id, scope));
		model.addAttribute("role", scope.role().name());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "payout/case";
	}

	String refused(long id, InvalidInput invalid, AccessScope scope, Model model) {
		model.addAttribute("problems", problems(invalid));
		model.addAttribute("errors", reasons(invalid));
		return page(id, scope, model);
	}

	List<Problem> problems(InvalidInput invalid) {
		Locale locale = LocaleContextHolder.getLocale();
		return invalid.problems().stream()
			.map(p -> new Problem(p.field(), messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale)))
			.toList();
	}

	/** Each refused field and its reason (the first, when a field has several), for messages next to the fields. */
	Map<String, String> reasons(InvalidInput invalid) {
		Map<String, String> reasons = new LinkedHashMap<>();
		problems(invalid).forEach(p -> reasons.putIfAbsent(p.field(), p.reason()));
		return reasons;
	}

	/**
	 * Runs a page action: redirects to the case when it succeeds; when refused shows the case again with the
	 * typed values, each problem next to its field (400) or the broken rule above the forms (422).
	 */
	String refusing(long id, String form, AccessScope scope, Model model, HttpServletResponse response, Runnable action) {
		try {
			action.run();
			return "redirect:/payouts/" + id;
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("refusedForm", form);
			return refused(id, invalid, scope, model);
		}
		catch (RuleViolation violation) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("refusedForm", form);
			model.addAttribute("violation", new Problem(violation.rule(), messages.getMessage(violation.messageKey(),
					violation.arguments(), violation.messageKey(), LocaleContextHolder.getLocale())));
			return page(id, scope, model);
		}
	}

	/** A refused field (e.g. {@code row 3.idNumber}) and why. */
	record Problem(String field, String reason) {
	}

}
