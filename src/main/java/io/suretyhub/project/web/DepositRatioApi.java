package io.suretyhub.project.web;

import io.suretyhub.project.DepositRatios;
import io.suretyhub.project.ProjectNotFound;
import io.suretyhub.project.RatioSubmission;
import io.suretyhub.shared.AccessScope;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/projects/{id}/ratio}: the deposit ratio confirmation (R-PRJ-2, R-PRJ-3, R-FAIR-3). */
@RestController
@RequestMapping("/api/v1/projects/{id}/ratio")
@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','FINANCIAL_REGULATOR','CONTRACTOR','INSURER_ADMIN','INSURER_STAFF')")
class DepositRatioApi {

	private final DepositRatios ratios;

	DepositRatioApi(DepositRatios ratios) {
		this.ratios = ratios;
	}

	@GetMapping
	RatioView get(@PathVariable long id, AccessScope scope) {
		return ratios.find(id, scope).map(RatioView::of).orElseThrow(() -> new ProjectNotFound(id));
	}

	@PostMapping
	@PreAuthorize("hasRole('CONTRACTOR')")
	RatioView submit(@PathVariable long id, @RequestBody RatioSubmission submission, AccessScope scope) {
		return RatioView.of(ratios.submit(id, submission, scope));
	}

	@PostMapping("/confirmation")
	@PreAuthorize("hasRole('LOCAL_AUTHORITY')")
	RatioView confirm(@PathVariable long id, AccessScope scope) {
		return RatioView.of(ratios.confirm(id, scope));
	}

	@PostMapping("/return")
	@PreAuthorize("hasRole('LOCAL_AUTHORITY')")
	RatioView returnIt(@PathVariable long id, @RequestBody Remark remark, AccessScope scope) {
		return RatioView.of(ratios.returnToContractor(id, remark.remark(), scope));
	}

	@PutMapping("/split")
	@PreAuthorize("hasRole('CONTRACTOR')")
	RatioView split(@PathVariable long id, @RequestBody Split split, AccessScope scope) {
		return RatioView.of(ratios.split(id, split.cash(), split.bankGuarantee(), split.insurance(), scope));
	}

	record Remark(String remark) {
	}

	record Split(String cash, String bankGuarantee, String insurance) {
	}

}
