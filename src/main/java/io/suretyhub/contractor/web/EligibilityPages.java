package io.suretyhub.contractor.web;

import java.time.Clock;
import java.time.LocalDate;

import io.suretyhub.contractor.CreditFacts;
import io.suretyhub.contractor.Eligibility;
import io.suretyhub.shared.AccessScope;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The contractor's own eligibility today (R-ELG-1): eligible or not, with every reason, date and source. */
@Controller
@PreAuthorize("hasRole('CONTRACTOR')")
class EligibilityPages {

	private final Eligibility eligibility;

	private final CreditFacts facts;

	private final Clock clock;

	EligibilityPages(Eligibility eligibility, CreditFacts facts, Clock clock) {
		this.eligibility = eligibility;
		this.facts = facts;
		this.clock = clock;
	}

	@GetMapping("/eligibility")
	String mine(AccessScope scope, Model model) {
		model.addAttribute("check", EligibilityView.of(eligibility.check(scope.organisationId(), LocalDate.now(clock))));
		model.addAttribute("facts", facts.of(scope.organisationId(), scope));
		return "contractor/eligibility";
	}

}
