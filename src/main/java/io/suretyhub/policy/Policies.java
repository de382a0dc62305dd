package io.suretyhub.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.suretyhub.contractor.Eligibility;
import io.suretyhub.insurer.InsurerChoice;
import io.suretyhub.project.DepositRatio;
import io.suretyhub.project.DepositRatios;
import io.suretyhub.project.Project;
import io.suretyhub.project.ProjectNotFound;
import io.suretyhub.project.Projects;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.Money;
import io.suretyhub.shared.Role;
import io.suretyhub.shared.RuleViolation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications and the policy's life after issue. Methods taking an {@link AccessScope} act only on what
 * that viewer may see; anything else is {@link PolicyNotFound}.
 */
@Service
public class Policies {

	private final PolicyRepository repository;

	private final PolicyStore store;

	private final Projects projects;

	private final DepositRatios ratios;

	private final Eligibility eligibility;

	private final Insurers insurers;

	private final Underwriting underwriting;

	private final Clock clock;

	Policies(PolicyRepository repository, PolicyStore store, Projects projects, DepositRatios ratios,
			Eligibility eligibility, Insurers insurers, Underwriting underwriting, Clock clock) {
		this.repository = repository;
		this.store = store;
		this.projects = projects;
		this.ratios = ratios;
		this.eligibility = eligibility;
		this.insurers = insurers;
		this.underwriting = underwriting;
		this.clock = clock;
	}

	/**
	 * The contractor applies (R-POL-1): a confirmed ratio with an insured part, the sum insured within it,
	 * the period of R-POL-3, the eligibility of R-ELG-1, an insurer {@link InsurerChoice#branchFor} accepts.
	 * Automatic underwriting may issue it at once.
	 * @return the new policy's id
	 */
	@Transactional
	public long apply(Application application, AccessScope contractor) {
		Project project = projects.find(application.projectId(), contractor)
			.filter(p -> contractor.role() == Role.CONTRACTOR && p.contractorId() == contractor.organisationId())
			.orElseThrow(() -> new ProjectNotFound(application.projectId()));
		Policy renewed = application.renewalOf() == null ? null : renewable(application.renewalOf(), project, contractor);
		DepositRatio ratio = ratios.find(project.id())
			.filter(DepositRatio::confirmed)
			.orElseThrow(() -> new RuleViolation("R-PRJ-2", "policy.error.ratioNotConfirmed"));
		Money sum = application.sumInsured();
		if (sum == null || sum.compareTo(Money.ZERO) <= 0 || sum.compareTo(ratio.split().insurance()) > 0) {
			throw InvalidInput.of("sumInsured", "policy.error.sumInsured.range", ratio.split().insurance().toString());
		}
		if (application.periodStart() == null || application.periodEnd() == null) {
			throw InvalidInput.of("periodStart", "policy.error.period.required");
		}
		PeriodRule.check(application.periodStart(), application.periodEnd(), project, renewed);
		LocalDate today = LocalDate.now(clock);
		eligibility.check(project.contractorId(), today).require();
		long branch = insurers.branchFor(application.insurerId(), project.area(), today);
		if (repository.activeOnProject(project.id(), application.renewalOf())) {
			throw new RuleViolation("R-POL-1", "policy.error.alreadyActive");
		}
		var draft = new Policy.PolicyTerms(0, project.id(), project.contractorId(), project.area(),
				application.insurerId(), branch, sum, application.periodStart(), application.periodEnd(),
				application.renewalOf(), clock.instant());
		long id = repository.insert(draft);
		store.publish(Policy.applied(draft.withId(id)));
		underwriting.automatically(id);
		return id;
	}

	private Policy renewable(long policyId, Project project, AccessScope contractor) {
		Policy renewed = repository.find(policyId, contractor).map(PolicyRepository.Versioned::policy)
			.filter(p -> p.terms().projectId() == project.id())
			.orElseThrow(() -> new PolicyNotFound(policyId));
		if (!renewed.status().live() || repository.successor(policyId).isPresent()) {
			throw new RuleViolation("R-POL-6", "policy.error.renewal.notRenewable");
		}
		if (project.isComplete()) {
			throw new RuleViolation("R-POL-6", "policy.error.renewal.projectComplete");
		}
		return renewed;
	}

	/** The contractor asks to surrender, with the reason of its Attachment 4 application (R-POL-7). */
	@Transactional
	public void requestSurrender(long policyId, String reason, AccessScope contractor) {
		String text = required(reason, "reason");
		store.change(policyId, owner(contractor), p -> {
			p.requestSurrender(text, clock.instant());
			return null;
		});
	}

	/** The local authority of the project's area approves the surrender application (Attachment 4). */
	@Transactional
	public void approveSurrender(long policyId, AccessScope authority) {
		store.change(policyId, localAuthority(authority), p -> {
			p.approveSurrender(authority.accountId(), clock.instant());
			return null;
		});
	}

	/** The local authority rejects the surrender application; the policy goes on as before. */
	@Transactional
	public void rejectSurrender(long policyId, String reason, AccessScope authority) {
		String text = required(reason, "reason");
		store.change(policyId, localAuthority(authority), p -> {
			p.rejectSurrender(authority.accountId(), text, clock.instant());
			return null;
		});
	}

	/** Completes a surrender: only with the approved application (R-POL-7), by the contractor or the insurer. */
	@Transactional
	public void surrender(long policyId, AccessScope by) {
		if (by.role() != Role.CONTRACTOR && by.role() != Role.INSURER_STAFF) {
			throw new RuleViolation("R-POL-7", "policy.error.surrenderNotApproved");
		}
		store.change(policyId, by, p -> {
			p.surrender(clock.instant());
			return null;
		});
	}

	/**
	 * A payout reduces the policy's remaining sum insured, never below zero (R-CLM-5); used up → exhausted.
	 * The policy's row stays locked until the caller's transaction ends, so concurrent payouts queue and
	 * each sees what the one before it left.
	 * @return the amount actually taken from the policy
	 */
	@Transactional
	public Money reduceRemaining(long policyId, Money amount) {
		return store.changeLocked(policyId, p -> p.reduceRemaining(amount));
	}

	/** The local authority closes the policy of a complete project (R-POL-6). */
	@Transactional
	public void close(long policyId, AccessScope authority) {
		store.change(policyId, localAuthority(authority), p -> {
			boolean complete = projects.find(p.terms().projectId()).map(Project::isComplete).orElse(false);
			p.close(complete, clock.instant());
			return null;
		});
	}

	public Optional<Policy> find(long policyId, AccessScope viewer) {
		return repository.find(policyId, viewer).map(PolicyRepository.Versioned::policy);
	}

	/** The policies {@code viewer} may see, newest first (at most 200). */
	public List<Policy> list(AccessScope viewer) {
		return repository.list(viewer, "TRUE", Map.of(), 200);
	}

	/** The policies of a project {@code viewer} may see, newest first. */
	public List<Policy> ofProject(long projectId, AccessScope viewer) {
		return repository.list(viewer, "p.project_id = :project", Map.of("project", projectId), 200);
	}

	/** Surrender applications awaiting the local authority's decision in its area. */
	public List<Policy> surrendersAwaiting(AccessScope authority) {
		return authority.role() == Role.LOCAL_AUTHORITY ? repository.list(authority,
				"p.status = 'SURRENDER_REQUESTED' AND p.surrender_approved_at IS NULL", Map.of(), 200) : List.of();
	}

	/** The insurers the contractor may choose for the project today (R-FAIR-1), in the neutral order. */
	public List<InsurerChoice.SelectableInsurer> selectable(long projectId, AccessScope contractor) {
		Project project = projects.find(projectId, contractor).orElseThrow(() -> new ProjectNotFound(projectId));
		return insurers.selectable(project.area(), LocalDate.now(clock));
	}

	/** A renewal application prefilled from a live policy (R-POL-6): same insurer and sum, the next year. */
	public Application renewalDraft(long policyId, AccessScope contractor) {
		Policy policy = find(policyId, contractor).orElseThrow(() -> new PolicyNotFound(policyId));
		LocalDate start = policy.terms().periodEnd().plusDays(1);
		return new Application(policy.terms().projectId(), policy.terms().insurerId(), policy.terms().sumInsured(), start,
				start.plusYears(1).minusDays(1), policyId);
	}

	private static AccessScope owner(AccessScope contractor) {
		if (contractor.role() != Role.CONTRACTOR) {
			throw new RuleViolation("R-POL-7", "policy.error.onlyContractor");
		}
		return contractor;
	}

	private static AccessScope localAuthority(AccessScope authority) {
		if (authority.role() != Role.LOCAL_AUTHORITY) {
			throw new RuleViolation("R-POL-7", "policy.error.onlyLocalAuthority");
		}
		return authority;
	}

	private static String required(String value, String field) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty() || text.length() > 500) {
			throw InvalidInput.of(field, "policy.error." + field + ".required");
		}
		return text;
	}

}
