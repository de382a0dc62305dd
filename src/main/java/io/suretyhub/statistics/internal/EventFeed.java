package io.suretyhub.statistics.internal;

import java.time.Clock;

import io.suretyhub.insurer.InsurerSanctionLifted;
import io.suretyhub.insurer.InsurerSanctioned;
import io.suretyhub.obligation.ObligationClosed;
import io.suretyhub.obligation.ObligationEscalated;
import io.suretyhub.obligation.ObligationOverdue;
import io.suretyhub.obligation.ObligationStatus;
import io.suretyhub.obligation.Subject;
import io.suretyhub.obligation.WarningLevel;
import io.suretyhub.payout.PaymentNoticeIssued;
import io.suretyhub.payout.PayoutSubjects;
import io.suretyhub.payout.WorkerPaid;
import io.suretyhub.policy.PolicyEvent;
import io.suretyhub.project.Projects;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Feeds the read models from the other modules' events, each after its transaction committed. */
@Component
class EventFeed {

	static final String UNDERWRITING_RULE = "R-POL-2";

	static final String APPLICATION_SUBJECT = "policy-application";

	static final String PAYMENT_RULE = "R-CLM-2";

	private final Projection projection;

	private final SupervisionProjection supervision;

	private final NoticeProjection notices;

	private final InsurerOf insurerOf;

	private final Projects projects;

	private final WorkerOf workerOf;

	private final Clock clock;

	EventFeed(Projection projection, SupervisionProjection supervision, NoticeProjection notices, InsurerOf insurerOf,
			Projects projects, WorkerOf workerOf, Clock clock) {
		this.projection = projection;
		this.supervision = supervision;
		this.notices = notices;
		this.workerOf = workerOf;
		this.insurerOf = insurerOf;
		this.projects = projects;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(PolicyEvent.Applied event) {
		projection.applied(event.policyId(), event.projectId(), event.contractorId(), event.insurerId(), event.branchId(),
				event.area(), event.at());
		projects.find(event.projectId())
			.ifPresent(p -> projection.project(p.id(), p.name(), p.area(), p.contractorId()));
	}

	@ApplicationModuleListener
	void on(PolicyEvent.Refused event) {
		projection.refused(event.policyId(), event.at());
	}

	@ApplicationModuleListener
	void on(PolicyEvent.Issued event) {
		projection.issued(new Projection.Issue(event.policyId(), event.projectId(), event.contractorId(),
				event.insurerId(), event.branchId(), event.area()), event.at(), event.sumInsured(), event.premium(), event.renewalOf() != null);
	}

	@ApplicationModuleListener
	void on(WorkerPaid event) {
		projection.paid(new Projection.Payment(event.paymentId(), event.policyId(), workerOf.payment(event.paymentId()),
				event.insurerId(), event.area(), event.amount(), event.paidAt()));
	}

	@ApplicationModuleListener
	void on(PaymentNoticeIssued event) {
		notices.issued(event.caseId(), event.insurerId(), event.area(), event.issuedAt());
	}

	@ApplicationModuleListener
	void on(ObligationOverdue event) {
		if (isNotice(event.rule(), event.subject())) {
			notices.late(Long.parseLong(event.subject().id()));
		}
		if (UNDERWRITING_RULE.equals(event.rule()) && APPLICATION_SUBJECT.equals(event.subject().type())) {
			projection.underwritingLate(Long.parseLong(event.subject().id()));
		}
		long owedBy = event.parties().owedBy();
		supervision.warning(event.obligationId(), WarningLevel.YELLOW.name(), event.rule(), event.area(), owedBy,
				insurerOf.organisation(owedBy), event.dueAt());
	}

	@ApplicationModuleListener
	void on(ObligationEscalated event) {
		long owedBy = event.parties().owedBy();
		supervision.warning(event.obligationId(), event.level().name(), event.rule(), event.area(), owedBy,
				insurerOf.organisation(owedBy), clock.instant());
	}

	/**
	 * Only closures that change a read model are stored for this listener (most obligations are met in time and
	 * concern no figure): a warning that ends, or a payment notice paid.
	 */
	@ApplicationModuleListener(condition = "#event.level().overdue()"
			+ " or T(io.suretyhub.statistics.internal.EventFeed).settlesNotice(#event)")
	void on(ObligationClosed event) {
		if (event.level().overdue()) {
			supervision.warningClosed(event.obligationId());
		}
		if (settlesNotice(event)) {
			notices.settled(Long.parseLong(event.subject().id()));
		}
	}

	/** Whether {@code event} is a payment notice paid (public for the listener's condition). */
	public static boolean settlesNotice(ObligationClosed event) {
		return event.status() == ObligationStatus.MET && isNotice(event.rule(), event.subject());
	}

	@ApplicationModuleListener
	void on(InsurerSanctioned event) {
		supervision.sanctioned(event.sanctionId(), event.insurerId(), event.ban(), event.startsOn());
	}

	@ApplicationModuleListener
	void on(InsurerSanctionLifted event) {
		supervision.lifted(event.sanctionId(), event.on());
	}

	static boolean isNotice(String rule, Subject subject) {
		return PAYMENT_RULE.equals(rule) && PayoutSubjects.NOTICE.equals(subject.type());
	}

}
