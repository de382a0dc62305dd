package io.suretyhub.project.web;

import java.util.Locale;
import java.util.Optional;

import io.suretyhub.project.DepositRatios;
import io.suretyhub.project.Project;
import io.suretyhub.project.ProjectNotFound;
import io.suretyhub.project.Projects;
import io.suretyhub.project.RatioRule;
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
 * The deposit ratio page of a project (R-PRJ-2, R-PRJ-3, R-FAIR-3): the contractor submits its confirmation
 * (seeing the rule that will apply), sees the confirmed ratio, the rule and the deposit, and splits it; the
 * local authority confirms or returns it.
 */
@Controller
@RequestMapping("/projects/{id}/ratio")
@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','FINANCIAL_REGULATOR','CONTRACTOR','INSURER_ADMIN','INSURER_STAFF')")
class RatioPages {

	private final Projects projects;

	private final DepositRatios ratios;

	private final ProjectViews views;

	private final MessageSource messages;

	RatioPages(Projects projects, DepositRatios ratios, ProjectViews views, MessageSource messages) {
		this.projects = projects;
		this.ratios = ratios;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping
	String page(@PathVariable long id, AccessScope scope, Locale locale, Model model) {
		return show(id, scope, locale, model, new RatioForms.Declaration(), null);
	}

	/** What the rule in effect gives for the declarations typed so far (htmx). */
	@GetMapping("/proposal")
	@PreAuthorize("hasRole('CONTRACTOR')")
	String proposal(@PathVariable long id, @ModelAttribute("declaration") RatioForms.Declaration declaration,
			AccessScope scope, Model model) {
		Project project = projects.find(id, scope).orElseThrow(() -> new ProjectNotFound(id));
		propose(project, declaration, model);
		return "project/ratio :: proposal";
	}

	@PostMapping
	@PreAuthorize("hasRole('CONTRACTOR')")
	String submit(@PathVariable long id, @ModelAttribute("declaration") RatioForms.Declaration declaration,
			BindingResult binding, AccessScope scope, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			ratios.submit(id, declaration.submission(), scope);
		}
		catch (InvalidInput invalid) {
			reject(invalid, binding);
			return show(id, scope, locale, model, declaration, null);
		}
		return done(id, "project.ratio.flash.submitted", locale, redirect);
	}

	@PostMapping("/split")
	@PreAuthorize("hasRole('CONTRACTOR')")
	String split(@PathVariable long id, @ModelAttribute("split") RatioForms.Split split, BindingResult binding,
			AccessScope scope, Locale locale, Model model, RedirectAttributes redirect) {
		try {
			ratios.split(id, split.getCash(), split.getBankGuarantee(), split.getInsurance(), scope);
		}
		catch (InvalidInput invalid) {
			reject(invalid, binding);
			return show(id, scope, locale, model, new RatioForms.Declaration(), split);
		}
		return done(id, "project.ratio.flash.split", locale, redirect);
	}

	@PostMapping("/confirmation")
	@PreAuthorize("hasRole('LOCAL_AUTHORITY')")
	String confirm(@PathVariable long id, AccessScope scope, Locale locale, RedirectAttributes redirect) {
		ratios.confirm(id, scope);
		return done(id, "project.ratio.flash.confirmed", locale, redirect);
	}

	@PostMapping("/return")
	@PreAuthorize("hasRole('LOCAL_AUTHORITY')")
	String returnIt(@PathVariable long id, @RequestParam(defaultValue = "") String remark, AccessScope scope,
			Locale locale, Model model, RedirectAttributes redirect) {
		try {
			ratios.returnToContractor(id, remark, scope);
		}
		catch (InvalidInput invalid) {
			model.addAttribute("remarkError", invalid.problems().get(0).messageKey());
			model.addAttribute("remark", remark);
			return show(id, scope, locale, model, new RatioForms.Declaration(), null);
		}
		return done(id, "project.ratio.flash.returned", locale, redirect);
	}

	private String show(long id, AccessScope scope, Locale locale, Model model, RatioForms.Declaration declaration,
			RatioForms.Split split) {
		Project project = projects.find(id, scope).orElseThrow(() -> new ProjectNotFound(id));
		Optional<RatioView> ratio = ratios.find(id, scope).map(RatioView::of);
		boolean owner = scope.role() == Role.CONTRACTOR && project.contractorId() == scope.organisationId();
		model.addAttribute("project", views.one(project, locale));
		model.addAttribute("ratio", ratio.orElse(null));
		model.addAttribute("owner", owner);
		model.addAttribute("mayDecide", scope.role() == Role.LOCAL_AUTHORITY
				&& ratio.filter(r -> r.status().equals("SUBMITTED")).isPresent());
		boolean maySubmit = owner && ratio.map(r -> r.status().equals("RETURNED")).orElse(true);
		model.addAttribute("maySubmit", maySubmit);
		model.addAttribute("declaration", declaration);
		model.addAttribute("split", split != null ? split : ratio.map(RatioForms.Split::of).orElse(null));
		if (maySubmit) {
			propose(project, declaration, model);
		}
		return "project/ratio";
	}

	private void propose(Project project, RatioForms.Declaration declaration, Model model) {
		try {
			if (project.periodStart() == null) {
				throw new RuleViolation("R-PRJ-2", "project.error.ratio.incomplete");
			}
			RatioRule rule = ratios.ruleInEffect(project);
			int years = declaration.years();
			model.addAttribute("rule", rule);
			model.addAttribute("proposal", ratios.propose(project, years, declaration.isRealNameAccount()));
		}
		catch (RuleViolation | InvalidInput refused) {
			model.addAttribute("proposalRefused", refused instanceof RuleViolation v ? v.messageKey()
					: "project.ratio.error.cleanYears");
		}
	}

	private static void reject(InvalidInput invalid, BindingResult binding) {
		invalid.problems().forEach(p -> binding.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey()));
	}

	private String done(long id, String key, Locale locale, RedirectAttributes redirect) {
		redirect.addFlashAttribute("flash", messages.getMessage(key, null, locale));
		return "redirect:/projects/" + id + "/ratio";
	}

}
