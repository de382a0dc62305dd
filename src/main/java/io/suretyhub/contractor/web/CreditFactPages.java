package io.suretyhub.contractor.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.suretyhub.contractor.CreditFactKind;
import io.suretyhub.contractor.CreditFacts;
import io.suretyhub.contractor.Eligibility;
import io.suretyhub.contractor.NewCreditFact;
import io.suretyhub.organisation.Organisation;
import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationSearch;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The authorities' credit fact pages (R-ELG-2): find a contractor, list its facts with its eligibility,
 * and record a fact of kinds (1), (2), (5)–(8) with date, evidence and source.
 */
@Controller
@RequestMapping("/credit-facts")
@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','FINANCIAL_REGULATOR')")
class CreditFactPages {

	private final CreditFacts facts;

	private final Eligibility eligibility;

	private final Organisations organisations;

	private final MessageSource messages;

	private final Clock clock;

	CreditFactPages(CreditFacts facts, Eligibility eligibility, Organisations organisations, MessageSource messages,
			Clock clock) {
		this.facts = facts;
		this.eligibility = eligibility;
		this.organisations = organisations;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) Long contractorId, @RequestParam(required = false) String q,
			AccessScope scope, Model model) {
		return show(contractorId, q, new FactForm(), scope, model);
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY')")
	String record(@RequestParam long contractorId, @ModelAttribute("form") FactForm form, BindingResult binding,
			AccessScope scope, Locale locale, Model model, RedirectAttributes redirect) {
		contractor(contractorId, scope);
		try {
			facts.record(new NewCreditFact(contractorId, form.getKind(), form.getOccurredOn(), form.getEvidence(),
					form.getSource()), scope);
		}
		catch (InvalidInput invalid) {
			invalid.problems().forEach(p -> binding.rejectValue(p.field().equals("contractorId") ? "kind" : p.field(),
					p.messageKey(), p.arguments(), p.messageKey()));
			return show(contractorId, null, form, scope, model);
		}
		redirect.addFlashAttribute("flash", messages.getMessage("contractor.facts.flash.recorded", null, locale));
		return "redirect:/credit-facts?contractorId=" + contractorId;
	}

	private String show(Long contractorId, String q, FactForm form, AccessScope scope, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			model.addAttribute("found", organisations
				.search(new OrganisationSearch(q.strip(), OrganisationKind.CONTRACTOR, null), scope, PageRequest.of(0, 20))
				.getContent());
		}
		if (contractorId == null) {
			model.addAttribute("facts", facts.latest(scope, 100));
			return "contractor/facts";
		}
		model.addAttribute("contractor", contractor(contractorId, scope));
		model.addAttribute("facts", facts.of(contractorId, scope));
		model.addAttribute("check", EligibilityView.of(eligibility.check(contractorId, LocalDate.now(clock))));
		return "contractor/facts";
	}

	/** A contractor outside the viewer's area answers 404 exactly like a missing one (R-GEO-2). */
	private Organisation contractor(long id, AccessScope scope) {
		return organisations.find(id, scope)
			.filter(Organisation::isContractor)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The kinds an authority records: every kind except (3) and (4), which the platform records. */
	@ModelAttribute("kinds")
	List<CreditFactKind> kinds() {
		return Arrays.stream(CreditFactKind.values())
			.filter(k -> !k.platformRecorded())
			.toList();
	}

	/** The fact as typed. */
	static class FactForm {

		private String kind;

		private String occurredOn;

		private String evidence;

		private String source;

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getOccurredOn() {
			return occurredOn;
		}

		public void setOccurredOn(String occurredOn) {
			this.occurredOn = occurredOn;
		}

		public String getEvidence() {
			return evidence;
		}

		public void setEvidence(String evidence) {
			this.evidence = evidence;
		}

		public String getSource() {
			return source;
		}

		public void setSource(String source) {
			this.source = source;
		}

	}

}
