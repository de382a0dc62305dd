package io.suretyhub.openapi.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.suretyhub.organisation.Organisations;
import io.suretyhub.policy.Policies;
import io.suretyhub.policy.Policy;
import io.suretyhub.policy.PolicyNotFound;
import io.suretyhub.policy.PolicyStatus;
import io.suretyhub.policy.Underwriting;
import io.suretyhub.policy.UnderwritingDecision;
import io.suretyhub.project.Project;
import io.suretyhub.project.Projects;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Role;
import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /open/v1/applications}: the insurer's underwriting queue and its results (R-POL-2). Only the
 * calling insurer's applications exist here; any other id answers 404.
 */
@RestController
@RequestMapping("/open/v1/applications")
@OpenApiOperations
class ApplicationsEndpoint {

	private final Policies policies;

	private final Underwriting underwriting;

	private final Projects projects;

	private final Organisations organisations;

	ApplicationsEndpoint(Policies policies, Underwriting underwriting, Projects projects, Organisations organisations) {
		this.policies = policies;
		this.underwriting = underwriting;
		this.projects = projects;
		this.organisations = organisations;
	}

	/** Applications of this insurer, newest first; by default those waiting for a result. */
	@Operation(operationId = "listApplications", summary = "The insurer's applications with a status, newest first")
	@GetMapping
	List<ApplicationView> list(@RequestParam(defaultValue = "APPLIED") PolicyStatus status, AccessScope insurer) {
		List<Policy> found = policies.list(insurer).stream().filter(p -> p.status() == status).toList();
		Map<Long, String> names = organisations.names(found.stream().map(p -> p.terms().contractorId()).toList());
		return found.stream().map(p -> view(p, names.get(p.terms().contractorId()))).toList();
	}

	@Operation(operationId = "getApplication", summary = "One application, with its policy number once issued")
	@GetMapping("/{id}")
	ApplicationView get(@PathVariable long id, AccessScope insurer) {
		Policy policy = own(id, insurer);
		return view(policy, organisations.names(List.of(policy.terms().contractorId())).get(policy.terms().contractorId()));
	}

	/** Issues the policy at the filed rate, signed with the insurer's hosted seal key (R-POL-5). */
	@Operation(operationId = "issueApplication", summary = "Issue at the filed rate, signed with the insurer's hosted seal key")
	@PostMapping("/{id}/issue")
	ApplicationView issue(@PathVariable long id, @Valid @RequestBody IssueRequest request, AccessScope insurer) {
		Policy policy = own(id, insurer);
		underwriting.issue(id, request.decision(), branchStaff(policy, request.underwriter()));
		return get(id, insurer);
	}

	/** Refuses the application with a reason the contractor sees (R-POL-2). */
	@Operation(operationId = "refuseApplication", summary = "Refuse with a reason the contractor sees")
	@PostMapping("/{id}/refusal")
	ApplicationView refuse(@PathVariable long id, @Valid @RequestBody RefusalRequest request, AccessScope insurer) {
		Policy policy = own(id, insurer);
		underwriting.refuse(id, request.reason(), branchStaff(policy, request.underwriter()));
		return get(id, insurer);
	}

	private Policy own(long id, AccessScope insurer) {
		return own(policies, id, insurer);
	}

	/** The insurer's own application, or 404 exactly like a missing one. */
	static Policy own(Policies policies, long id, AccessScope insurer) {
		return policies.find(id, insurer).filter(p -> p.terms().insurerId() == insurer.organisationId())
			.orElseThrow(() -> new PolicyNotFound(id));
	}

	private ApplicationView view(Policy policy, String contractorName) {
		String project = projects.find(policy.terms().projectId()).map(Project::name).orElse(null);
		return ApplicationView.of(policy, project, contractorName);
	}

	/** The insurer's system acts for the branch that underwrites the application, named by its underwriter. */
	static AccessScope branchStaff(Policy policy, String underwriter) {
		return new AccessScope(0, underwriter.strip(), policy.terms().branchId(), policy.terms().area(), Role.INSURER_STAFF);
	}

	/**
	 * The underwriting result: who underwrote it (shown on the policy) and the counter-guarantee, if any
	 * (all five fields or none; amount in yuan, dates {@code yyyy-MM-dd}).
	 */
	record IssueRequest(@NotBlank @Size(max = 50) String underwriter, @Size(max = 100) String cgAgreementNumber,
			String cgAmount, @Size(max = 200) String cgFormAndScope, String cgStart, String cgEnd) {

		UnderwritingDecision decision() {
			return new UnderwritingDecision(cgAgreementNumber, cgAmount, cgFormAndScope, cgStart, cgEnd);
		}

	}

	record RefusalRequest(@NotBlank @Size(max = 50) String underwriter, @NotBlank @Size(max = 500) String reason) {
	}

}
