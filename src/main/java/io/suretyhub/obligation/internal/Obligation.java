package io.suretyhub.obligation.internal;

import java.time.Instant;
import java.time.LocalDate;

import io.suretyhub.calendar.TimeLimit;
import io.suretyhub.obligation.NewObligation;
import io.suretyhub.obligation.ObligationStatus;
import io.suretyhub.obligation.ObligationView;
import io.suretyhub.obligation.Parties;
import io.suretyhub.obligation.Subject;
import io.suretyhub.obligation.WarningLevel;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.RuleViolation;

/**
 * A stored deadline (R-TIME-2). Its due time is set when it is opened and changes only when the
 * calendar of a provisional year arrives ({@link #reschedule}); the sweeper moves its warning level. Its fields
 * are the columns of {@code obligation}, read and written by {@link ObligationRepository}.
 */
class Obligation {

	Long id;

	long owedBy;

	Long owedToOrganisation;

	String owedToAuthority;

	String subjectType;

	String subjectId;

	String rule;

	String areaCode;

	String timeLimit;

	Instant startedAt;

	LocalDate dueDate;

	Instant dueAt;

	boolean provisional;

	Instant remindAt;

	Instant orangeAt;

	Instant redAt;

	ObligationStatus status;

	WarningLevel level;

	Instant nextSweepAt;

	Instant closedAt;

	String waiverReason;

	int version;

	Obligation() {
	}

	static Obligation open(NewObligation request, Stages stages) {
		var obligation = new Obligation();
		obligation.owedBy = request.parties().owedBy();
		obligation.owedToOrganisation = request.parties().owedToOrganisation();
		obligation.owedToAuthority = request.parties().owedToAuthority() == null ? null
				: request.parties().owedToAuthority().value();
		obligation.subjectType = request.subject().type();
		obligation.subjectId = request.subject().id();
		obligation.rule = request.rule();
		obligation.areaCode = request.area().value();
		obligation.timeLimit = request.limit().code();
		obligation.startedAt = request.startedAt();
		obligation.status = ObligationStatus.OPEN;
		obligation.level = WarningLevel.NONE;
		obligation.apply(stages);
		return obligation;
	}

	/** Meets it; meeting a closed obligation changes nothing. Answers whether it changed. */
	boolean meet(Instant at) {
		if (status.closed()) {
			return false;
		}
		close(ObligationStatus.MET, at);
		return true;
	}

	/** Waives it for {@code reason}; only an open or overdue obligation can be waived. */
	void waive(String reason, Instant at) {
		if (status.closed()) {
			throw new RuleViolation(rule, "obligation.error.closed", id);
		}
		if (reason == null || reason.isBlank()) {
			throw new RuleViolation(rule, "obligation.error.reason");
		}
		waiverReason = reason.strip();
		close(ObligationStatus.WAIVED, at);
	}

	/**
	 * Takes the stages computed with newly arrived calendar data. Warnings already issued stay issued;
	 * the ones still to come follow the new times. Answers whether anything changed.
	 */
	boolean reschedule(Stages stages) {
		if (status.closed() || stages.equals(stages())) {
			return false;
		}
		apply(stages);
		return true;
	}

	private void apply(Stages stages) {
		dueDate = stages.dueDate();
		dueAt = stages.dueAt();
		provisional = stages.provisional();
		remindAt = stages.remindAt();
		orangeAt = stages.orangeAt();
		redAt = stages.redAt();
		nextSweepAt = stages.nextAfter(level);
	}

	private void close(ObligationStatus closedAs, Instant at) {
		status = closedAs;
		closedAt = at;
		nextSweepAt = null;
	}

	Stages stages() {
		return new Stages(dueDate, dueAt, provisional, remindAt, orangeAt, redAt);
	}

	Long id() {
		return id;
	}

	String rule() {
		return rule;
	}

	AreaCode area() {
		return AreaCode.of(areaCode);
	}

	Instant startedAt() {
		return startedAt;
	}

	TimeLimit limit() {
		return TimeLimit.parse(timeLimit);
	}

	Instant dueAt() {
		return dueAt;
	}

	ObligationView view() {
		var parties = new Parties(owedBy, owedToOrganisation, owedToAuthority == null ? null : AreaCode.of(owedToAuthority));
		return new ObligationView(id, parties, new Subject(subjectType, subjectId), rule, area(), limit(), startedAt,
				dueDate, dueAt, provisional, status, level, closedAt, waiverReason);
	}

}
