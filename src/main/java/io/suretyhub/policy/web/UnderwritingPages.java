package io.suretyhub.policy.web;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import io.suretyhub.policy.Policies;
import io.suretyhub.policy.Policy;
import io.suretyhub.policy.PolicyNotFound;
import io.suretyhub.policy.PolicyStatus;
import io.suretyhub.policy.Underwriting;
import io.suretyhub.policy.UnderwritingTerms;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.Role;
import io.suretyhub.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The branch's underwriting (R-POL-2): its queue with each application's stored 5-working-day deadline,
 * one application priced at the insurer's filed rate (below the floor refused, R-SUP-3), issued with
 * its counter-guarantee and a signed e-policy, or refused with a reason. The insurer's administrator sees
 * the applications waiting at its branches.
 */
@Controller
@RequestMapping("/underwriting")
@PreAuthorize("hasAnyRole('INSURER_STAFF','INSURER_ADMIN')")
class UnderwritingPages {

	private final Underwriting underwriting;

	private final Policies policies;

	private final PolicyRows rows;

	private final MessageSource messages;

	UnderwritingPages(Underwriting underwriting, Policies policies, PolicyRows rows, MessageSource messages) {
		this.underwriting = underwriting;
		this.policies = policies;
		this.rows = rows;
		this.messages = messages;
	}

	@GetMapping
	String queue(AccessScope scope, Model model) {
		List<Policy> waiting = scope.role() == Role.INSURER_STAFF ? underwriting.queue(scope) : waitingAtBranches(scope);
		model.addAttribute("rows", rows.rows(waiting).stream()
			.map(r -> new QueueRow(r, underwriting.obligation(r.policy().id(), "R-POL-2").orElse(null)))
			.toList());
		return "policy/queue";
	}

	@GetMapping("/{id}")
	String application(@PathVariable long id, AccessScope scope, Model model) {
		model.addAttribute("form", new UnderwritingForm());
		return page(id, scope, model);
	}

	@PostMapping("/{id}/issue")
	@PreAuthorize("hasRole('INSURER_STAFF')")
	String issue(@PathVariable long id, @ModelAttribute("form") UnderwritingForm form, BindingResult binding,
			AccessScope scope, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			underwriting.issue(id, form.decision(), scope);
			redirect.addFlashAttribute("flash", messages.getMessage("policy.page.flash.issued", null, locale));
			return "redirect:/policies/" + id;
		}
		catch (InvalidInput invalid) {
			FormErrors.show(invalid, binding);
		}
		catch (RuleViolation violation) {
			FormErrors.show(violation, null, binding, messages, locale);
		}
		return page(id, scope, model);
	}

	@PostMapping("/{id}/refusal")
	@PreAuthorize("hasRole('INSURER_STAFF')")
	String refuse(@PathVariable long id, @RequestParam(defaultValue = "") String reason, AccessScope scope,
			Locale locale, Model model, RedirectAttributes redirect) {
		try {
			underwriting.refuse(id, reason, scope);
			redirect.addFlashAttribute("flash", messages.getMessage("policy.page.flash.refused", null, locale));
			return "redirect:/underwriting";
		}
		catch (InvalidInput invalid) {
			var problem = invalid.problems().get(0);
			model.addAttribute("refusalError", messages.getMessage(problem.messageKey(), problem.arguments(), locale));
			model.addAttribute("reason", reason);
			model.addAttribute("form", new UnderwritingForm());
			return page(id, scope, model);
		}
	}

	private String page(long id, AccessScope scope, Model model) {
		Policy policy = policies.find(id, scope).filter(p -> p.status() == PolicyStatus.APPLIED)
			.orElseThrow(() -> new PolicyNotFound(id));
		UnderwritingTerms terms = underwriting.terms(policy.terms().insurerId()).orElse(null);
		model.addAttribute("row", rows.row(policy));
		model.addAttribute("due", underwriting.obligation(id, "R-POL-2").orElse(null));
		model.addAttribute("terms", terms);
		model.addAttribute("floor", underwriting.rateFloor());
		model.addAttribute("belowFloor", terms != null && terms.filedRate().compareTo(underwriting.rateFloor()) < 0);
		model.addAttribute("premium", terms == null ? null
				: policy.terms().sumInsured().amount().multiply(terms.filedRate()).setScale(2, RoundingMode.HALF_UP));
		model.addAttribute("mayIssue", scope.role() == Role.INSURER_STAFF && scope.organisationId() == policy.terms().branchId());
		return "policy/underwrite";
	}

	private List<Policy> waitingAtBranches(AccessScope admin) {
		List<Policy> waiting = new ArrayList<>(policies.list(admin).stream()
			.filter(p -> p.status() == PolicyStatus.APPLIED)
			.toList());
		Collections.reverse(waiting);
		return waiting;
	}

	/** A waiting application with its stored R-POL-2 deadline ({@code null} before it was recorded). */
	record QueueRow(PolicyRows.Row row, io.suretyhub.obligation.ObligationView due) {
	}

}
