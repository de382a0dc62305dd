package io.suretyhub.payout;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.suretyhub.calendar.TimeLimit;
import io.suretyhub.obligation.NewObligation;
import io.suretyhub.obligation.Obligations;
import io.suretyhub.obligation.Parties;
import io.suretyhub.obligation.Subject;
import io.suretyhub.payout.internal.CaseRepository;
import io.suretyhub.payout.internal.CoveringPolicy;
import io.suretyhub.payout.internal.NoticeDocument;
import io.suretyhub.payout.internal.RosterCheck;
import io.suretyhub.payout.internal.WorkerRepository;
import io.suretyhub.policy.Policies;
import io.suretyhub.policy.Policy;
import io.suretyhub.project.Project;
import io.suretyhub.project.ProjectNotFound;
import io.suretyhub.project.Projects;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.Money;
import io.suretyhub.shared.Role;
import io.suretyhub.shared.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local authority's side of an arrears case (R-CLM-1, R-CLM-3, R-CLM-4): the decision, the missed
 * deadline, and the payment notice to the insurer with the validated roster. Methods taking an
 * {@link AccessScope} see only what that viewer may; anything else is {@link CaseNotFound}.
 */
@Service
public class ArrearsCases {

	private final CaseRepository cases;

	private final WorkerRepository workers;

	private final Projects projects;

	private final Policies policies;

	private final Obligations obligations;

	private final NoticeDocument documents;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ArrearsCases(CaseRepository cases, WorkerRepository workers, Projects projects, Policies policies,
			Obligations obligations, NoticeDocument documents, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.workers = workers;
		this.projects = projects;
		this.policies = policies;
		this.obligations = obligations;
		this.documents = documents;
		this.events = events;
		this.clock = clock;
	}

	/** The local authority records its administrative decision ordering payment by a deadline. */
	@Transactional
	public long decide(NewDecision decision, AccessScope authority) {
		requireLocalAuthority(authority);
		Project project = projects.find(decision.projectId(), authority)
			.orElseThrow(() -> new ProjectNotFound(decision.projectId()));
		if (decision.paymentDeadline().isBefore(decision.date())) {
			throw InvalidInput.of("paymentDeadline", "payout.error.deadlineBeforeDecision");
		}
		if (decision.date().isAfter(LocalDate.now(clock))) {
			throw InvalidInput.of("date", "payout.error.decisionInFuture");
		}
		if (cases.decisionExists(project.area(), decision.number())) {
			throw InvalidInput.of("number", "payout.error.decisionExists");
		}
		long id = cases.insert(decision, project.contractorId(), project.area(), authority.organisationId(), clock.instant());
		events.publishEvent(AuditEvent.success("payout.decision.record", "payout-case", id, "project=" + project.id()));
		return id;
	}

	/** After the deadline the authority records that the contractor did not pay (R-CLM-1). */
	@Transactional
	public void recordUnpaid(long caseId, AccessScope authority) {
		requireLocalAuthority(authority);
		PayoutCase c = cases.lock(caseId, authority).orElseThrow(() -> new CaseNotFound(caseId));
		if (c.status() != CaseStatus.DECIDED) {
			throw new RuleViolation("R-CLM-1", "payout.error.notDecided");
		}
		if (!LocalDate.now(clock).isAfter(c.paymentDeadline())) {
			throw new RuleViolation("R-CLM-1", "payout.error.deadlineNotPassed", c.paymentDeadline());
		}
		cases.update("status = 'UNPAID', unpaid_recorded_at = :at", caseId).param("at", Timestamp.from(clock.instant())).update();
		events.publishEvent(AuditEvent.success("payout.unpaid.record", "payout-case", caseId, ""));
	}

	/**
	 * Issues the payment notice (Attachment 5) to the insurer of the policy covering the decision's day
	 * (R-CLM-4), with the roster (every row validated; a bad roster stores nothing), the insurer's share at
	 * most the remaining sum insured and the rest owed by the contractor (R-CLM-3); the 5-working-day
	 * obligations start (R-CLM-2/3).
	 */
	@Transactional
	public PaymentNoticeIssued issueNotice(long caseId, NoticeRequest request, AccessScope authority) {
		requireLocalAuthority(authority);
		PayoutCase c = cases.lock(caseId, authority).orElseThrow(() -> new CaseNotFound(caseId));
		if (c.status() != CaseStatus.UNPAID) {
			throw new RuleViolation("R-CLM-1", "payout.error.notUnpaid");
		}
		LocalDate today = LocalDate.now(clock);
		List<NewWorker> roster = RosterCheck.check(request.roster(), today);
		Project project = projects.find(c.projectId()).orElseThrow(() -> new CaseNotFound(caseId));
		Policy policy = CoveringPolicy.choose(policies.ofProject(c.projectId(), authority), c.decisionDate(), today);
		Money total = roster.stream().map(w -> new Money(w.amount())).reduce(Money.ZERO, Money::plus);
		Money insurerShare = total.compareTo(policy.remaining()) > 0 ? policy.remaining() : total;
		Money contractorShare = total.minus(insurerShare);
		Instant now = clock.instant();
		String number = "ZF" + c.area().value() + today.getYear() + String.format("%06d", caseId);
		workers.insert(caseId, roster);
		var document = documents.render(c, number, project, policy.terms().insurerId(), authority.organisationId(),
				request, roster, today);
		cases.update("""
				status = 'NOTICE_ISSUED', policy_id = :policy, insurer_id = :insurer, branch_id = :branch, notice_number = :number,
				notice_issued_at = :at, notice_total = :total, insurer_share = :insurerShare, contractor_share = :contractorShare,
				document_cipher = :document, document_sha256 = :sha""", caseId)
			.param("policy", policy.id())
			.param("insurer", policy.terms().insurerId())
			.param("branch", policy.terms().branchId())
			.param("number", number)
			.param("at", Timestamp.from(now))
			.param("total", total.amount())
			.param("insurerShare", insurerShare.amount())
			.param("contractorShare", contractorShare.amount())
			.param("document", document.encrypted())
			.param("sha", document.sha256())
			.update();
		if (insurerShare.compareTo(Money.ZERO) > 0) {
			obligations.open(new NewObligation(Parties.toAuthority(policy.terms().branchId(), c.area()),
					new Subject(PayoutSubjects.NOTICE, "" + caseId), "R-CLM-2", c.area(), now, TimeLimit.workingDays(5)));
		}
		if (contractorShare.compareTo(Money.ZERO) > 0) {
			obligations.open(new NewObligation(Parties.toAuthority(c.contractorId(), c.area()),
					new Subject(PayoutSubjects.EXCESS, "" + caseId), "R-CLM-3", c.area(), now, TimeLimit.workingDays(5)));
		}
		var issued = new PaymentNoticeIssued(caseId, number, policy.id(), policy.terms().insurerId(),
				policy.terms().branchId(), c.contractorId(), c.area(), roster.size(), total, insurerShare, contractorShare, now);
		events.publishEvent(issued);
		events.publishEvent(AuditEvent.success("payout.notice.issue", "payout-case", caseId,
				"policy=" + policy.id() + " workers=" + roster.size() + " total=" + total));
		return issued;
	}

	public PayoutCase find(long caseId, AccessScope viewer) {
		return cases.find(caseId, viewer).orElseThrow(() -> new CaseNotFound(caseId));
	}

	/** The cases {@code viewer} may see, newest first (at most 200). */
	public List<PayoutCase> list(AccessScope viewer) {
		return cases.list(viewer, "TRUE", 200);
	}

	/** The insurer's queue: notices with something left to pay, oldest first among the newest 200. */
	public List<PayoutCase> queue(AccessScope insurer) {
		return cases.list(insurer, "c.status = 'NOTICE_ISSUED' AND c.insurer_paid < c.insurer_share", 200);
	}

	/**
	 * The payment notice PDF: it lists the workers in full, so only the issuing authority's area and the
	 * paying insurer get it, and every download is audited.
	 */
	@Transactional
	public byte[] document(long caseId, AccessScope viewer) {
		if (viewer.role() != Role.LOCAL_AUTHORITY && viewer.role() != Role.INSURER_STAFF) {
			throw new CaseNotFound(caseId);
		}
		PayoutCase c = find(caseId, viewer);
		byte[] stored = cases.document(c.id()).orElseThrow(() -> new CaseNotFound(caseId));
		events.publishEvent(AuditEvent.success("payout.notice.download", "payout-case", caseId, "sha256=" + c.documentSha256()));
		return documents.content(stored);
	}

	/** The roster, masked. */
	public List<PayoutWorker> workers(long caseId, AccessScope viewer) {
		return workers.of(find(caseId, viewer).id());
	}

	private static void requireLocalAuthority(AccessScope scope) {
		if (scope.role() != Role.LOCAL_AUTHORITY) {
			throw new RuleViolation("R-CLM-1", "payout.error.onlyLocalAuthority");
		}
	}

}
