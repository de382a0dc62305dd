package io.suretyhub.policy.web;

import java.util.Locale;

import io.suretyhub.document.PolicyDocuments;
import io.suretyhub.policy.Policies;
import io.suretyhub.policy.Policy;
import io.suretyhub.policy.PolicyNotFound;
import io.suretyhub.policy.Underwriting;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The policies a person may see (the contractor's own, the insurer's, those in an authority's area), one
 * policy with its status, e-policy and obligations, the e-policy download, and the contractor's surrender
 * request (R-POL-7).
 */
@Controller
@RequestMapping("/policies")
@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','FINANCIAL_REGULATOR','CONTRACTOR','INSURER_ADMIN','INSURER_STAFF')")
class PolicyPages {

	private final Policies policies;

	private final Underwriting underwriting;

	private final PolicyRows rows;

	private final PolicyDocuments documents;

	private final ApplicationEventPublisher events;

	private final PageActions actions;

	private final SurrenderRejections rejections;

	PolicyPages(Policies policies, Underwriting underwriting, PolicyRows rows, PolicyDocuments documents,
			ApplicationEventPublisher events, PageActions actions, SurrenderRejections rejections) {
		this.rejections = rejections;
		this.policies = policies;
		this.underwriting = underwriting;
		this.rows = rows;
		this.documents = documents;
		this.events = events;
		this.actions = actions;
	}

	@GetMapping
	String list(AccessScope scope, Model model) {
		model.addAttribute("rows", rows.rows(policies.list(scope)));
		return "policy/list";
	}

	@GetMapping("/{id}")
	String detail(@PathVariable long id, AccessScope scope, Model model) {
		Policy policy = policies.find(id, scope).orElseThrow(() -> new PolicyNotFound(id));
		model.addAttribute("row", rows.row(policy));
		model.addAttribute("underwritingDue", underwriting.obligation(id, "R-POL-2").orElse(null));
		model.addAttribute("renewalWindow", underwriting.obligation(id, "R-POL-6").orElse(null));
		model.addAttribute("surrenderRejection", policy.surrender() == null ? rejections.latest(id).orElse(null) : null);
		model.addAttribute("renewable", policy.status().live() && policies.list(scope).stream()
			.noneMatch(p -> p.terms().renewalOf() != null && p.terms().renewalOf() == id
					&& p.status() != io.suretyhub.policy.PolicyStatus.REFUSED));
		return "policy/detail";
	}

	/** The signed e-policy, byte for byte; the policyholder's own download, and anyone's who may see the policy. */
	@GetMapping("/{id}/document")
	ResponseEntity<byte[]> document(@PathVariable long id, AccessScope scope) {
		Policy policy = policies.find(id, scope).filter(p -> p.underwritten() != null)
			.orElseThrow(() -> new PolicyNotFound(id));
		String number = policy.underwritten().number();
		byte[] pdf = documents.content(number).orElseThrow(() -> new PolicyNotFound(id));
		events.publishEvent(AuditEvent.success("policy.document.download", "policy", id,
				"number=" + number + " by organisation " + scope.organisationId()));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(number + ".pdf").build().toString())
			.body(pdf);
	}

	@PostMapping("/{id}/surrender-request")
	@PreAuthorize("hasRole('CONTRACTOR')")
	String requestSurrender(@PathVariable long id, @RequestParam(defaultValue = "") String reason, AccessScope scope,
			Locale locale, RedirectAttributes redirect) {
		return actions.run("/policies/" + id, locale, redirect, "policy.page.flash.surrenderRequested",
				() -> policies.requestSurrender(id, reason, scope));
	}

	@PostMapping("/{id}/surrender")
	@PreAuthorize("hasAnyRole('CONTRACTOR','INSURER_STAFF')")
	String surrender(@PathVariable long id, AccessScope scope, Locale locale, RedirectAttributes redirect) {
		return actions.run("/policies/" + id, locale, redirect, "policy.page.flash.surrendered",
				() -> policies.surrender(id, scope));
	}

}
