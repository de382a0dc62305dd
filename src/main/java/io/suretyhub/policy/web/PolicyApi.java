package io.suretyhub.policy.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.suretyhub.insurer.InsurerChoice;
import io.suretyhub.policy.Application;
import io.suretyhub.policy.Policies;
import io.suretyhub.policy.PolicyNotFound;
import io.suretyhub.policy.Underwriting;
import io.suretyhub.policy.UnderwritingDecision;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Money;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/policies}: application, underwriting, surrender and the policy's state, as JSON. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize("hasAnyRole('REGION_AUTHORITY','LOCAL_AUTHORITY','FINANCIAL_REGULATOR','CONTRACTOR','INSURER_ADMIN','INSURER_STAFF')")
class PolicyApi {

	private final Policies policies;

	private final Underwriting underwriting;

	PolicyApi(Policies policies, Underwriting underwriting) {
		this.policies = policies;
		this.underwriting = underwriting;
	}

	@GetMapping("/policies")
	List<PolicyView> list(AccessScope scope) {
		return policies.list(scope).stream().map(PolicyView::of).toList();
	}

	@GetMapping("/policies/{id}")
	PolicyView get(@PathVariable long id, AccessScope scope) {
		return policies.find(id, scope).map(PolicyView::of).orElseThrow(() -> new PolicyNotFound(id));
	}

	/** The insurers the contractor may choose for a project (R-FAIR-1). */
	@GetMapping("/policies/insurers")
	@PreAuthorize("hasRole('CONTRACTOR')")
	List<InsurerChoice.SelectableInsurer> insurers(@RequestParam long projectId, AccessScope scope) {
		return policies.selectable(projectId, scope);
	}

	@PostMapping("/policies")
	@PreAuthorize("hasRole('CONTRACTOR')")
	ResponseEntity<PolicyView> apply(@RequestBody ApplicationRequest request, AccessScope scope) {
		long id = policies.apply(request.application(), scope);
		return ResponseEntity.created(URI.create("/api/v1/policies/" + id)).body(get(id, scope));
	}

	/** A renewal application prefilled from the policy (R-POL-6). */
	@GetMapping("/policies/{id}/renewal-draft")
	@PreAuthorize("hasRole('CONTRACTOR')")
	Application renewalDraft(@PathVariable long id, AccessScope scope) {
		return policies.renewalDraft(id, scope);
	}

	@GetMapping("/underwriting/queue")
	@PreAuthorize("hasRole('INSURER_STAFF')")
	List<PolicyView> queue(AccessScope scope) {
		return underwriting.queue(scope).stream().map(PolicyView::of).toList();
	}

	@PostMapping("/policies/{id}/issue")
	@PreAuthorize("hasRole('INSURER_STAFF')")
	PolicyView issue(@PathVariable long id, @RequestBody(required = false) UnderwritingDecision decision,
			AccessScope scope) {
		underwriting.issue(id, decision == null ? UnderwritingDecision.none() : decision, scope);
		return get(id, scope);
	}

	@PostMapping("/policies/{id}/refusal")
	@PreAuthorize("hasRole('INSURER_STAFF')")
	PolicyView refuse(@PathVariable long id, @RequestBody Reason reason, AccessScope scope) {
		underwriting.refuse(id, reason.reason(), scope);
		return get(id, scope);
	}

	@PutMapping("/underwriting/terms")
	@PreAuthorize("hasRole('INSURER_ADMIN')")
	void terms(@RequestBody Terms terms, AccessScope scope) {
		underwriting.setTerms(terms.filedRate(), terms.autoIssueLimit() == null ? null : new Money(terms.autoIssueLimit()),
				scope);
	}

	@PostMapping("/policies/{id}/surrender-request")
	@PreAuthorize("hasRole('CONTRACTOR')")
	PolicyView requestSurrender(@PathVariable long id, @RequestBody Reason reason, AccessScope scope) {
		policies.requestSurrender(id, reason.reason(), scope);
		return get(id, scope);
	}

	@PostMapping("/policies/{id}/surrender-approval")
	@PreAuthorize("hasRole('LOCAL_AUTHORITY')")
	PolicyView approveSurrender(@PathVariable long id, AccessScope scope) {
		policies.approveSurrender(id, scope);
		return get(id, scope);
	}

	@PostMapping("/policies/{id}/surrender-rejection")
	@PreAuthorize("hasRole('LOCAL_AUTHORITY')")
	PolicyView rejectSurrender(@PathVariable long id, @RequestBody Reason reason, AccessScope scope) {
		policies.rejectSurrender(id, reason.reason(), scope);
		return get(id, scope);
	}

	@PostMapping("/policies/{id}/surrender")
	@PreAuthorize("hasAnyRole('CONTRACTOR','INSURER_STAFF')")
	PolicyView surrender(@PathVariable long id, AccessScope scope) {
		policies.surrender(id, scope);
		return get(id, scope);
	}

	record ApplicationRequest(long projectId, long insurerId, BigDecimal sumInsured, LocalDate periodStart,
			LocalDate periodEnd, Long renewalOf) {

		Application application() {
			return new Application(projectId, insurerId, sumInsured == null ? null : new Money(sumInsured), periodStart,
					periodEnd, renewalOf);
		}

	}

	record Reason(String reason) {
	}

	record Terms(BigDecimal filedRate, BigDecimal autoIssueLimit) {
	}

}
