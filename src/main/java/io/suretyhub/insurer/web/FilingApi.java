package io.suretyhub.insurer.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import io.suretyhub.insurer.internal.BranchForm;
import io.suretyhub.insurer.internal.Branches;
import io.suretyhub.insurer.internal.DocumentKind;
import io.suretyhub.insurer.internal.DocumentStore.StoredDocument;
import io.suretyhub.insurer.internal.FilingForm;
import io.suretyhub.insurer.internal.Filings;
import io.suretyhub.insurer.internal.Profiles;
import io.suretyhub.insurer.internal.QuarterlyReportForm;
import io.suretyhub.insurer.internal.QuarterlyReports;
import io.suretyhub.insurer.internal.Reminders;
import io.suretyhub.insurer.internal.Solvency;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/insurers/own/...}: the insurer admin's filing, branches, reports and reminders, for its own insurer. */
@RestController
@RequestMapping("/api/v1/insurers/own")
@PreAuthorize("hasRole('INSURER_ADMIN')")
class FilingApi {

	private final Filings filings;

	private final Branches branches;

	private final Solvency solvency;

	private final QuarterlyReports reports;

	private final Reminders reminders;

	private final Profiles profiles;

	FilingApi(Filings filings, Branches branches, Solvency solvency, QuarterlyReports reports, Reminders reminders,
			Profiles profiles) {
		this.filings = filings;
		this.branches = branches;
		this.solvency = solvency;
		this.reports = reports;
		this.reminders = reminders;
		this.profiles = profiles;
	}

	@GetMapping
	Profiles.Profile profile(AccessScope scope, Locale locale) {
		return profiles.of(scope.organisationId(), scope, locale);
	}

	@PutMapping("/filing")
	Profiles.FilingView save(@Valid @RequestBody FilingForm form, AccessScope scope, Locale locale) {
		filings.saveForm(scope.organisationId(), form, scope);
		return profile(scope, locale).filing();
	}

	@PostMapping("/documents")
	@ResponseStatus(HttpStatus.CREATED)
	StoredDocument upload(@RequestParam("kind") String kind, @RequestParam("file") MultipartFile file, AccessScope scope)
			throws IOException {
		return Uploads.store(filings, scope, kind, file);
	}

	@PostMapping("/branches")
	@ResponseStatus(HttpStatus.CREATED)
	Branches.Branch addBranch(@Valid @RequestBody BranchForm form, AccessScope scope) {
		long id = branches.add(scope.organisationId(), form, scope);
		return branches.of(scope.organisationId()).stream().filter(b -> b.id() == id).findFirst().orElseThrow();
	}

	@PostMapping("/branches/{branchId}/close")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void closeBranch(@PathVariable long branchId, AccessScope scope) {
		branches.close(scope.organisationId(), branchId, scope);
	}

	@PostMapping("/solvency")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void solvency(@RequestBody SolvencyRequest request, AccessScope scope) {
		solvency.record(scope.organisationId(), request.periodEnd(), request.ratio(), request.rating(), scope);
	}

	@PostMapping("/submit")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void submit(AccessScope scope) {
		filings.submit(scope.organisationId(), scope);
	}

	@PostMapping("/reports")
	@ResponseStatus(HttpStatus.CREATED)
	void report(@Valid @RequestBody QuarterlyReportForm form, AccessScope scope) {
		reports.submit(scope.organisationId(), form, scope);
	}

	@PostMapping("/reminders/{id}/report")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void rectified(@PathVariable long id, @RequestBody TextRequest request, AccessScope scope) {
		reminders.report(scope.organisationId(), id, request.text(), scope);
	}

	/** One solvency disclosure. */
	record SolvencyRequest(LocalDate periodEnd, BigDecimal ratio, String rating) {
	}

	/** A free text: a reason, a rectification report. */
	record TextRequest(String text) {
	}

	static DocumentKind kind(String name) {
		DocumentKind kind = DocumentKind.fromName(name);
		if (kind == null || !kind.requiredForFiling()) {
			throw InvalidInput.of("kind", "insurer.document.kind");
		}
		return kind;
	}

}
