package io.suretyhub.insurer.web;

import java.util.Arrays;
import java.util.Locale;

import io.suretyhub.area.Areas;
import io.suretyhub.insurer.internal.BranchContactForm;
import io.suretyhub.insurer.internal.BranchForm;
import io.suretyhub.insurer.internal.Branches;
import io.suretyhub.insurer.internal.DocumentKind;
import io.suretyhub.insurer.internal.FilingForm;
import io.suretyhub.insurer.internal.Filings;
import io.suretyhub.insurer.internal.Profiles;
import io.suretyhub.insurer.internal.QuarterlyReportForm;
import io.suretyhub.insurer.internal.QuarterlyReports;
import io.suretyhub.insurer.internal.Reminders;
import io.suretyhub.insurer.internal.Solvency;
import io.suretyhub.shared.AccessScope;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The insurer admin's pages: filing (form, documents, branch table, solvency), quarterly reports, reminders. */
@Controller
@RequestMapping("/insurer")
@PreAuthorize("hasRole('INSURER_ADMIN')")
class FilingPages {

	private static final String FILING = "/insurer/filing";

	private final Filings filings;

	private final Branches branches;

	private final Solvency solvency;

	private final QuarterlyReports reports;

	private final Reminders reminders;

	private final Profiles profiles;

	private final Areas areas;

	private final Outcomes outcomes;

	FilingPages(Filings filings, Branches branches, Solvency solvency, QuarterlyReports reports, Reminders reminders,
			Profiles profiles, Areas areas, Outcomes outcomes) {
		this.filings = filings;
		this.branches = branches;
		this.solvency = solvency;
		this.reports = reports;
		this.reminders = reminders;
		this.profiles = profiles;
		this.areas = areas;
		this.outcomes = outcomes;
	}

	@GetMapping({ "/filing", "/reports", "/reminders" })
	String filing(AccessScope scope, Locale locale, Model model, jakarta.servlet.http.HttpServletRequest request) {
		model.addAttribute("profile", profiles.of(scope.organisationId(), scope, locale));
		model.addAttribute("kinds", Arrays.stream(DocumentKind.values()).filter(DocumentKind::requiredForFiling).toList());
		model.addAttribute("prefectures", areas.prefectures(io.suretyhub.shared.AreaCode.of("650000")));
		String page = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
		return "insurer/" + page;
	}

	@PostMapping("/filing/form")
	String save(@Valid @ModelAttribute FilingForm form, BindingResult binding, AccessScope scope, Locale locale,
			RedirectAttributes redirect) {
		return outcomes.run(FILING, "insurer.done.saved", binding, locale, redirect,
				() -> filings.saveForm(scope.organisationId(), form, scope));
	}

	@PostMapping("/filing/documents")
	String upload(@RequestParam String kind, @RequestParam(required = false) MultipartFile file, AccessScope scope,
			Locale locale, RedirectAttributes redirect) {
		return outcomes.run(FILING, "insurer.done.uploaded", null, locale, redirect,
				() -> Uploads.store(filings, scope, kind, file));
	}

	@PostMapping("/filing/branches")
	String addBranch(@Valid @ModelAttribute BranchForm form, BindingResult binding, AccessScope scope, Locale locale,
			RedirectAttributes redirect) {
		return outcomes.run(FILING, "insurer.done.branchAdded", binding, locale, redirect,
				() -> branches.add(scope.organisationId(), form, scope));
	}

	@PostMapping("/filing/branches/{branchId}")
	String changeBranch(@PathVariable long branchId, @Valid @ModelAttribute BranchContactForm form,
			BindingResult binding, AccessScope scope, Locale locale, RedirectAttributes redirect) {
		return outcomes.run(FILING, "insurer.done.branchChanged", binding, locale, redirect,
				() -> branches.update(scope.organisationId(), branchId, form, scope));
	}

	@PostMapping("/filing/branches/{branchId}/close")
	String closeBranch(@PathVariable long branchId, AccessScope scope, Locale locale, RedirectAttributes redirect) {
		return outcomes.run(FILING, "insurer.done.branchClosed", null, locale, redirect,
				() -> branches.close(scope.organisationId(), branchId, scope));
	}

	@PostMapping("/filing/solvency")
	String solvency(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) java.time.LocalDate periodEnd,
			@RequestParam(required = false) java.math.BigDecimal ratio, @RequestParam(required = false) String rating,
			AccessScope scope, Locale locale, RedirectAttributes redirect) {
		return outcomes.run(FILING, "insurer.done.saved", null, locale, redirect,
				() -> solvency.record(scope.organisationId(), periodEnd, ratio, rating, scope));
	}

	@PostMapping("/filing/submit")
	String submit(AccessScope scope, Locale locale, RedirectAttributes redirect) {
		return outcomes.run(FILING, "insurer.done.submitted", null, locale, redirect,
				() -> filings.submit(scope.organisationId(), scope));
	}

	@PostMapping("/reports")
	String report(@Valid @ModelAttribute QuarterlyReportForm form, BindingResult binding, AccessScope scope,
			Locale locale, RedirectAttributes redirect) {
		return outcomes.run("/insurer/reports", "insurer.done.reported", binding, locale, redirect,
				() -> reports.submit(scope.organisationId(), form, scope));
	}

	@PostMapping("/reminders/{id}/report")
	String rectified(@PathVariable long id, @RequestParam(required = false) String text, AccessScope scope,
			Locale locale, RedirectAttributes redirect) {
		return outcomes.run("/insurer/reminders", "insurer.done.rectificationReported", null, locale, redirect,
				() -> reminders.report(scope.organisationId(), id, text, scope));
	}

}
