package io.suretyhub.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.suretyhub.project.internal.DepositRatioRepository;
import io.suretyhub.project.internal.RatioCalculator;
import io.suretyhub.project.internal.RatioCircumstanceReader;
import io.suretyhub.project.internal.SplitCheck;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.Role;
import io.suretyhub.shared.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deposit ratio confirmations (R-PRJ-2, R-PRJ-3, R-FAIR-3): the contractor submits, the platform applies
 * the region's rule in effect, the local authority of the project's area confirms or returns it; the
 * contractor splits the deposit among cash, bank guarantee and insurance.
 */
@Service
public class DepositRatios {

	private final Projects projects;

	private final DepositRatioRepository repository;

	private final RatioCircumstanceReader circumstances;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	DepositRatios(Projects projects, DepositRatioRepository repository, RatioCircumstanceReader circumstances,
			ApplicationEventPublisher events, Clock clock) {
		this.projects = projects;
		this.repository = repository;
		this.circumstances = circumstances;
		this.events = events;
		this.clock = clock;
	}

	/** What the rule in effect today gives for the project and these declarations, without storing it. */
	public RatioCalculator.Result propose(Project project, int cleanYears, boolean realNameAccount) {
		return RatioCalculator.apply(rule(project), circumstances.read(project, cleanYears, realNameAccount, today()));
	}

	/** The contractor submits (or resubmits after a return) its confirmation. */
	@Transactional
	public DepositRatio submit(long projectId, RatioSubmission submission, AccessScope contractor) {
		Project project = own(projectId, contractor);
		if (project.periodStart() == null) {
			throw new RuleViolation("R-PRJ-2", "project.error.ratio.incomplete");
		}
		if (repository.find(projectId).filter(DepositRatio::confirmed).isPresent()) {
			throw new RuleViolation("R-PRJ-3", "project.error.ratio.alreadyConfirmed");
		}
		int clean = Math.max(0, Math.min(submission.cleanYears(), 50));
		RatioRule rule = rule(project);
		var result = RatioCalculator.apply(rule,
				circumstances.read(project, clean, submission.realNameAccount(), today()));
		DepositSplit split = SplitCheck.check(submission.cash(), submission.bankGuarantee(), submission.insurance(),
				result.amount());
		repository.submit(projectId, project.area(), rule.id(), result.basis(), result.ratio(), result.amount(), clean,
				submission.realNameAccount(), split, clock.instant());
		events.publishEvent(new DepositRatioSubmitted(projectId, project.contractorId(), project.area()));
		events.publishEvent(AuditEvent.success("project.ratio.submit", "project", projectId,
				"basis=" + result.basis() + " amount=" + result.amount()));
		return repository.find(projectId).orElseThrow();
	}

	/** The local authority of the project's area confirms a submitted ratio. */
	@Transactional
	public DepositRatio confirm(long projectId, AccessScope authority) {
		return decide(projectId, authority, DepositRatio.Status.CONFIRMED, null);
	}

	/** The local authority returns a submitted ratio to the contractor, with a reason. */
	@Transactional
	public DepositRatio returnToContractor(long projectId, String reason, AccessScope authority) {
		String remark = reason == null ? "" : reason.strip();
		if (remark.isEmpty() || remark.length() > 500) {
			throw io.suretyhub.shared.InvalidInput.of("remark", "project.error.remark.required");
		}
		return decide(projectId, authority, DepositRatio.Status.RETURNED, remark);
	}

	/** The contractor changes its split of the deposit (R-FAIR-3). */
	@Transactional
	public DepositRatio split(long projectId, String cash, String bankGuarantee, String insurance,
			AccessScope contractor) {
		own(projectId, contractor);
		DepositRatio ratio = repository.find(projectId).orElseThrow(() -> new ProjectNotFound(projectId));
		repository.split(projectId, SplitCheck.check(cash, bankGuarantee, insurance, ratio.amount()));
		events.publishEvent(AuditEvent.success("project.ratio.split", "project", projectId, "split"));
		return repository.find(projectId).orElseThrow();
	}

	/** The project's confirmation, if {@code viewer} may see the project. */
	public Optional<DepositRatio> find(long projectId, AccessScope viewer) {
		return projects.find(projectId, viewer).flatMap(p -> repository.find(projectId));
	}

	/** The project's confirmation, whoever asks (other modules). */
	public Optional<DepositRatio> find(long projectId) {
		return repository.find(projectId);
	}

	/** The submitted confirmations awaiting {@code authority}'s decision, oldest first. */
	public List<DepositRatio> awaiting(AccessScope authority) {
		return authority.role() == Role.LOCAL_AUTHORITY ? repository.submittedIn(authority.areaPrefix()) : List.of();
	}

	/** The region's rules, newest first. */
	public List<RatioRule> rules(AccessScope viewer) {
		return repository.rules(viewer.area().region());
	}

	private DepositRatio decide(long projectId, AccessScope authority, DepositRatio.Status status, String remark) {
		if (authority.role() != Role.LOCAL_AUTHORITY) {
			throw new RuleViolation("R-PRJ-2", "project.error.ratio.notLocalAuthority");
		}
		projects.find(projectId, authority).orElseThrow(() -> new ProjectNotFound(projectId));
		DepositRatio ratio = repository.find(projectId).orElseThrow(() -> new ProjectNotFound(projectId));
		if (ratio.status() != DepositRatio.Status.SUBMITTED) {
			throw new RuleViolation("R-PRJ-2", "project.error.ratio.notSubmitted");
		}
		repository.decide(projectId, status, authority.accountId(), remark, clock.instant());
		events.publishEvent(AuditEvent.success("project.ratio." + status.name().toLowerCase(), "project", projectId,
				"amount=" + ratio.amount()));
		return repository.find(projectId).orElseThrow();
	}

	private Project own(long projectId, AccessScope contractor) {
		return projects.find(projectId, contractor)
			.filter(p -> contractor.role() == Role.CONTRACTOR && p.contractorId() == contractor.organisationId())
			.orElseThrow(() -> new ProjectNotFound(projectId));
	}

	/** The region's rule in effect today for {@code project}, the one a submission now would apply. */
	public RatioRule ruleInEffect(Project project) {
		return rule(project);
	}

	private RatioRule rule(Project project) {
		return repository.ruleOn(project.area().region(), today())
			.orElseThrow(() -> new RuleViolation("R-PRJ-3", "project.error.ratio.noRule"));
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
