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

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A stored deadline (R-TIME-2). Its due time is set when it is opened and changes only when the
 * calendar of a provisional year arrives ({@link #reschedule}); the sweeper moves its warning level.
 */
@Table("obligation")
public class Obligation {

	@Id
	private Long id;

	private long owedBy;

	private Long owedToOrganisation;

	private String owedToAuthority;

	private String subjectType;

	private String subjectId;

	private String rule;

	private String areaCode;

	private String timeLimit;

	private Instant startedAt;

	private LocalDate dueDate;

	private Instant dueAt;

	private boolean provisional;

	private Instant remindAt;

	private Instant orangeAt;

	private Instant redAt;

	private ObligationStatus status;

	private WarningLevel level;

	private Instant nextSweepAt;

	private Instant closedAt;

	private String waiverReason;

	@Version
	private int version;

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
