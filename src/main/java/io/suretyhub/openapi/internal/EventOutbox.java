package io.suretyhub.openapi.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.suretyhub.insurer.InsurerReminderIssued;
import io.suretyhub.insurer.InsurerSanctionLifted;
import io.suretyhub.insurer.InsurerSanctioned;
import io.suretyhub.obligation.ObligationOverdue;
import io.suretyhub.organisation.Organisation;
import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.payout.PaymentNoticeIssued;
import io.suretyhub.policy.PolicyEvent;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns other modules' events into events for the insurer's systems. Each listener runs in its own
 * transaction after the publisher's commit and is tracked by the event publication registry (so it is
 * run again after a crash); what it records and the deliveries are written in that transaction.
 * Adding an event type is one listener method here.
 */
@Component
class EventOutbox {

	private final OpenEvents events;

	private final Organisations organisations;

	EventOutbox(OpenEvents events, Organisations organisations) {
		this.events = events;
		this.organisations = organisations;
	}

	@ApplicationModuleListener
	void on(PolicyEvent.Applied applied) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("applicationId", applied.policyId());
		data.put("projectId", applied.projectId());
		data.put("branchId", applied.branchId());
		data.put("areaCode", applied.area().value());
		events.record(applied.insurerId(), "application.received", "policy-applied/" + applied.policyId(), applied.at(),
				data);
	}

	@ApplicationModuleListener
	void on(PaymentNoticeIssued notice) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("noticeId", notice.caseId());
		data.put("noticeNumber", notice.noticeNumber());
		data.put("policyId", notice.policyId());
		data.put("branchId", notice.branchId());
		data.put("areaCode", notice.area().value());
		data.put("workers", notice.workers());
		data.put("total", notice.total().amount());
		data.put("insurerShare", notice.insurerShare().amount());
		events.record(notice.insurerId(), "payment-notice.issued", "payment-notice/" + notice.caseId(), notice.issuedAt(),
				data);
	}

	@ApplicationModuleListener
	void on(ObligationOverdue overdue) {
		insurerOf(overdue.parties().owedBy()).ifPresent(insurer -> {
			Map<String, Object> data = new LinkedHashMap<>();
			data.put("obligationId", overdue.obligationId());
			data.put("rule", overdue.rule());
			data.put("subject", overdue.subject().toString());
			data.put("owedBy", overdue.parties().owedBy());
			data.put("dueAt", overdue.dueAt().toString());
			events.record(insurer, "obligation.overdue", "obligation-overdue/" + overdue.obligationId(), overdue.dueAt(),
					data);
		});
	}

	@ApplicationModuleListener
	void on(InsurerReminderIssued reminder) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("reminderId", reminder.reminderId());
		data.put("subject", reminder.subject());
		data.put("respondBy", reminder.respondBy().toString());
		events.record(reminder.insurerId(), "reminder.created", "insurer-reminder/" + reminder.reminderId(),
				reminder.issuedAt(), data);
	}

	@ApplicationModuleListener
	void on(InsurerSanctioned sanction) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("sanctionId", sanction.sanctionId());
		data.put("kind", sanction.ban() ? "BAN" : "RECTIFICATION");
		data.put("startsOn", sanction.startsOn().toString());
		data.put("endsOn", sanction.endsOn() == null ? null : sanction.endsOn().toString());
		events.record(sanction.insurerId(), "sanction.confirmed", "insurer-sanction/" + sanction.sanctionId(),
				sanction.at(), data);
	}

	@ApplicationModuleListener
	void on(InsurerSanctionLifted lifted) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("sanctionId", lifted.sanctionId());
		data.put("liftedOn", lifted.on().toString());
		events.record(lifted.insurerId(), "sanction.lifted", "insurer-sanction-lifted/" + lifted.sanctionId(),
				lifted.at(), data);
	}

	private Optional<Long> insurerOf(long organisationId) {
		return organisations.find(organisationId).flatMap(EventOutbox::insurer);
	}

	private static Optional<Long> insurer(Organisation organisation) {
		if (organisation.kind() == OrganisationKind.INSURER) {
			return Optional.of(organisation.id());
		}
		return organisation.kind() == OrganisationKind.INSURER_BRANCH ? Optional.ofNullable(organisation.parentId())
				: Optional.empty();
	}

}
