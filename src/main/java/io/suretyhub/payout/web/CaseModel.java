package io.suretyhub.payout.web;

import java.util.List;
import java.util.Locale;

import io.suretyhub.payout.ArrearsCases;
import io.suretyhub.payout.Payouts;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;
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
		return "payout/case";
	}

	String refused(long id, InvalidInput invalid, AccessScope scope, Model model) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Problem> problems = invalid.problems().stream()
			.map(p -> new Problem(p.field(), messages.getMessage(p.messageKey(), p.arguments(), p.messageKey(), locale)))
			.toList();
		model.addAttribute("problems", problems);
		return page(id, scope, model);
	}

	/** Runs a page action: redirects to the case when it succeeds, shows the case with the report (400) when refused. */
	String refusing(long id, AccessScope scope, Model model, HttpServletResponse response, Runnable action) {
		try {
			action.run();
			return "redirect:/payouts/" + id;
		}
		catch (InvalidInput invalid) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return refused(id, invalid, scope, model);
		}
	}

	/** A refused field (e.g. {@code row 3.idNumber}) and why. */
	record Problem(String field, String reason) {
	}

}
