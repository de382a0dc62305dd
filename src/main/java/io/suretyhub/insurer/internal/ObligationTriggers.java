package io.suretyhub.insurer.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import io.suretyhub.obligation.ObligationOverdue;
import io.suretyhub.organisation.Organisations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Overdue obligations that concern insurers: an underwriting result overdue (R-POL-2) or a payout overdue
 * (R-CLM-2) becomes a sanction proposal (R-SUP-3) for the region authority to confirm or dismiss; a
 * quarterly report overdue (R-INS-6) is recorded as a warning on the insurer's history, once.
 */
@Component
class ObligationTriggers {

	private final Sanctions sanctions;

	private final Organisations organisations;

	private final Journal journal;

	private final JdbcClient jdbc;

	private final InsurerSettings settings;

	private final Clock clock;

	ObligationTriggers(Sanctions sanctions, Organisations organisations, Journal journal, JdbcClient jdbc,
			InsurerSettings settings, Clock clock) {
		this.sanctions = sanctions;
		this.organisations = organisations;
		this.journal = journal;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** The condition spares the event publication registry a publication this listener would ignore. */
	@ApplicationModuleListener(condition = "{'R-POL-2', 'R-CLM-2', 'R-INS-6'}.contains(#overdue.rule())")
	void on(ObligationOverdue overdue) {
		switch (overdue.rule()) {
			case "R-POL-2" -> propose(overdue, SanctionTrigger.UNDERWRITING_OVERDUE);
			case "R-CLM-2" -> propose(overdue, SanctionTrigger.PAYOUT_OVERDUE);
			case ReportObligations.RULE -> reportOverdue(overdue);
			default -> {
			}
		}
	}

	private void propose(ObligationOverdue overdue, SanctionTrigger trigger) {
		insurerOf(overdue.parties().owedBy()).ifPresent(insurer -> sanctions.propose(insurer, trigger,
				overdue.rule() + " " + overdue.subject() + " overdue since " + overdue.dueAt(),
				"obligation/" + overdue.obligationId(), null, overdue.area()));
	}

	private void reportOverdue(ObligationOverdue overdue) {
		if (!"insurer-quarterly-report".equals(overdue.subject().type())) {
			return;
		}
		long insurer = ReportObligations.insurerOf(overdue.subject().id());
		Quarter quarter = ReportObligations.quarterOf(overdue.subject().id());
		LocalDate due = quarter.end().plusDays(settings.reportDueDays());
		int inserted = jdbc.sql("INSERT INTO insurer_report_warning (insurer_id, year, quarter, due_on, warned_at)"
				+ " VALUES (:i, :y, :q, :d, :at) ON CONFLICT DO NOTHING")
			.param("i", insurer).param("y", quarter.year()).param("q", quarter.quarter()).param("d", Date.valueOf(due))
			.param("at", Timestamp.from(clock.instant())).update();
		if (inserted > 0) {
			journal.record(insurer, "report.overdue", Journal.SYSTEM, "insurer", insurer,
					"quarterly report " + quarter + " due " + due + " missing; new business suspended until submitted");
		}
	}

	/** The insurer (region branch) behind an organisation: itself, or a branch's parent. */
	private Optional<Long> insurerOf(long organisationId) {
		return organisations.find(organisationId).flatMap(o -> switch (o.kind()) {
			case INSURER -> Optional.of(o.id());
			case INSURER_BRANCH -> Optional.ofNullable(o.parentId());
			default -> Optional.<Long>empty();
		});
	}

}
