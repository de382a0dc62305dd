package io.suretyhub.policy.web;

import java.util.Locale;

import io.suretyhub.policy.Policies;
import io.suretyhub.project.DepositRatio;
import io.suretyhub.project.DepositRatios;
import io.suretyhub.project.Project;
import io.suretyhub.project.ProjectNotFound;
import io.suretyhub.project.ProjectSearch;
import io.suretyhub.project.Projects;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.Money;
import io.suretyhub.shared.RuleViolation;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contractor applies (R-POL-1): a project with a confirmed ratio, an insurer from the eligible list in
 * its neutral order with none pre-selected (R-FAIR-1), the sum insured and the period (R-POL-3); renewal
 * from the prefilled draft (R-POL-6). Every refusal comes back on the form, next to its field.
 */
@Controller
@PreAuthorize("hasRole('CONTRACTOR')")
class ApplicationPages {

	private final Policies policies;

	private final Projects projects;

	private final DepositRatios ratios;

	private final MessageSource messages;

	ApplicationPages(Policies policies, Projects projects, DepositRatios ratios, MessageSource messages) {
		this.policies = policies;
		this.projects = projects;
		this.ratios = ratios;
		this.messages = messages;
	}

	@GetMapping("/policies/new")
	String form(@RequestParam(required = false) Long projectId, AccessScope scope, Model model) {
		if (projectId == null) {
			model.addAttribute("projects", projects.search(ProjectSearch.all(), scope, PageRequest.of(0, 100))
				.stream()
				.filter(p -> p.contractorId() == scope.organisationId() && !p.isComplete())
				.map(p -> new Choice(p, ratios.find(p.id()).filter(DepositRatio::confirmed).orElse(null)))
				.toList());
			return "policy/projects";
		}
		var form = new ApplicationForm();
		form.setProjectId(projectId);
		return page(form, scope, model);
	}

	@GetMapping("/policies/{id}/renewal")
	String renewal(@PathVariable long id, AccessScope scope, Model model) {
		return page(ApplicationForm.of(policies.renewalDraft(id, scope)), scope, model);
	}

	@PostMapping("/policies/new")
	String apply(@ModelAttribute("form") ApplicationForm form, BindingResult binding, AccessScope scope, Locale locale,
			Model model, RedirectAttributes redirect) {
		try {
			long id = policies.apply(form.application(), scope);
			redirect.addFlashAttribute("flash", messages.getMessage("policy.page.flash.applied", null, locale));
			return "redirect:/policies/" + id;
		}
		catch (InvalidInput invalid) {
			FormErrors.show(invalid, binding);
		}
		catch (RuleViolation violation) {
			FormErrors.show(violation, field(violation), binding, messages, locale);
		}
		return page(form, scope, model);
	}

	private String page(ApplicationForm form, AccessScope scope, Model model) {
		long projectId = form.getProjectId() == null ? -1 : form.getProjectId();
		Project project = projects.find(projectId, scope)
			.filter(p -> p.contractorId() == scope.organisationId())
			.orElseThrow(() -> new ProjectNotFound(projectId));
		model.addAttribute("form", form);
		model.addAttribute("project", project);
		model.addAttribute("ratio", ratios.find(projectId).filter(DepositRatio::confirmed).orElse(null));
		model.addAttribute("insurers", policies.selectable(projectId, scope));
		return "policy/apply";
	}

	private static String field(RuleViolation violation) {
		String rule = violation.rule();
		String key = violation.messageKey();
		if (key.startsWith("policy.error.period.") || key.equals("policy.error.renewal.start")) {
			return "periodStart";
		}
		if (rule.startsWith("R-INS-") || rule.equals("R-SUP-3") || rule.startsWith("R-LINE-")) {
			return "insurerId";
		}
		return null;
	}

	/** A project the contractor may apply for, with its confirmed ratio if any. */
	record Choice(Project project, DepositRatio ratio) {

		public Money insured() {
			return ratio == null ? Money.ZERO : ratio.split().insurance();
		}

	}

}
