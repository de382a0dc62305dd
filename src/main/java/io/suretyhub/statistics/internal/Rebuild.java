package io.suretyhub.statistics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import io.suretyhub.obligation.Subject;
import io.suretyhub.payout.PayoutSubjects;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.Money;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recreates the read models from the records (policies, projects, obligations and their warnings,
 * sanctions, payout payments) through the same {@link Projection} the events feed, in one transaction: readers see the old
 * figures until the new ones are complete.
 */
@Service
public class Rebuild {

	private static final Set<String> WARNING_LEVELS = Set.of("YELLOW", "ORANGE", "RED");

	private final JdbcClient jdbc;

	private final Projection projection;

	private final SupervisionProjection supervision;

	private final NoticeProjection notices;

	private final Recount recount;

	private final InsurerOf insurerOf;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Rebuild(JdbcClient jdbc, Projection projection, SupervisionProjection supervision, NoticeProjection notices,
			Recount recount, InsurerOf insurerOf, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.projection = projection.forRebuild();
		this.supervision = supervision;
		this.notices = notices.forRebuild();
		this.recount = recount;
		this.insurerOf = insurerOf;
		this.events = events;
		this.clock = clock;
	}

	/** @return how many policies were projected */
	@Transactional
	public int run() {
		projection.clear();
		int policies = policies();
		projects();
		warnings();
		sanctions();
		payments();
		notices();
		recount.run();
		events.publishEvent(AuditEvent.success("statistics.rebuild", "statistics", "read-models", "policies=" + policies));
		return policies;
	}

	private int policies() {
		return jdbc.sql("""
				SELECT p.id, p.project_id, p.contractor_id, p.insurer_id, p.branch_id, p.area_code, p.applied_at, p.status,
				  p.issued_at, p.sum_insured, p.premium, p.renewal_of, o.closed_at
				FROM policy p LEFT JOIN obligation o ON o.rule = 'R-POL-2' AND o.subject_type = 'policy-application'
				  AND o.subject_id = p.id::text
				ORDER BY p.id""").query((rs, n) -> {
			long id = rs.getLong("id");
			projection.applied(id, rs.getLong("project_id"), rs.getLong("contractor_id"), rs.getLong("insurer_id"),
					rs.getLong("branch_id"), AreaCode.of(rs.getString("area_code")),
					rs.getTimestamp("applied_at").toInstant());
			if (rs.getTimestamp("issued_at") != null) {
				projection.issued(new Projection.Issue(id, rs.getLong("project_id"), rs.getLong("contractor_id"),
						rs.getLong("insurer_id"), rs.getLong("branch_id"), AreaCode.of(rs.getString("area_code"))),
						rs.getTimestamp("issued_at").toInstant(), new Money(rs.getBigDecimal("sum_insured")),
						new Money(rs.getBigDecimal("premium")), rs.getObject("renewal_of") != null);
			}
			else if ("REFUSED".equals(rs.getString("status")) && rs.getTimestamp("closed_at") != null) {
				projection.refused(id, rs.getTimestamp("closed_at").toInstant());
			}
			return id;
		}).list().size();
	}

	private void projects() {
		jdbc.sql("SELECT id, name, area_code, contractor_id FROM project WHERE id IN (SELECT project_id FROM policy)")
			.query((rs, n) -> {
				projection.project(rs.getLong(1), rs.getString(2), AreaCode.of(rs.getString(3)), rs.getLong(4));
				return null;
			})
			.list();
	}

	private void warnings() {
		jdbc.sql("""
				SELECT w.obligation_id, w.level, w.issued_at, o.rule, o.area_code, o.owed_by, o.status, o.subject_type,
				  o.subject_id FROM obligation_warning w JOIN obligation o ON o.id = w.obligation_id ORDER BY w.id""")
			.query((rs, n) -> {
				String level = rs.getString("level");
				if (!WARNING_LEVELS.contains(level)) {
					return null;
				}
				long obligation = rs.getLong("obligation_id");
				String rule = rs.getString("rule");
				long owedBy = rs.getLong("owed_by");
				supervision.warning(obligation, level, rule, AreaCode.of(rs.getString("area_code")), owedBy,
						insurerOf.organisation(owedBy), rs.getTimestamp("issued_at").toInstant());
				if (EventFeed.isNotice(rule, new Subject(rs.getString("subject_type"), rs.getString("subject_id")))
						&& "YELLOW".equals(level)) {
					notices.late(Long.parseLong(rs.getString("subject_id")));
				}
				if (EventFeed.UNDERWRITING_RULE.equals(rule)
						&& EventFeed.APPLICATION_SUBJECT.equals(rs.getString("subject_type"))) {
					projection.underwritingLate(Long.parseLong(rs.getString("subject_id")));
				}
				if (Set.of("MET", "WAIVED").contains(rs.getString("status"))) {
					supervision.warningClosed(obligation);
				}
				return null;
			})
			.list();
	}

	private void payments() {
		jdbc.sql("""
				SELECT p.id, p.worker_id, p.amount, p.paid_at, c.policy_id, c.insurer_id, c.area_code
				FROM payout_payment p JOIN payout_case c ON c.id = p.case_id ORDER BY p.id""").query((rs, n) -> {
			projection.paid(new Projection.Payment(rs.getLong("id"), rs.getLong("policy_id"), rs.getLong("worker_id"),
					rs.getLong("insurer_id"), AreaCode.of(rs.getString("area_code")), new Money(rs.getBigDecimal("amount")),
					rs.getTimestamp("paid_at").toInstant()));
			return null;
		}).list();
	}

	private void notices() {
		jdbc.sql("""
				SELECT id, insurer_id, area_code, notice_issued_at FROM payout_case
				WHERE notice_issued_at IS NOT NULL AND insurer_id IS NOT NULL ORDER BY id""").query((rs, n) -> {
			notices.issued(rs.getLong(1), rs.getLong(2), AreaCode.of(rs.getString(3)), rs.getTimestamp(4).toInstant());
			return null;
		}).list();
		jdbc.sql("SELECT subject_id FROM obligation WHERE rule = :rule AND subject_type = :type AND status = 'MET'")
			.param("rule", EventFeed.PAYMENT_RULE)
			.param("type", PayoutSubjects.NOTICE)
			.query(String.class)
			.list()
			.forEach(id -> notices.settled(Long.parseLong(id)));
	}

	private void sanctions() {
		jdbc.sql("""
				SELECT id, insurer_id, kind, starts_on, lifted_at FROM insurer_sanction
				WHERE status IN ('ACTIVE', 'LIFTED') AND starts_on IS NOT NULL ORDER BY id""").query((rs, n) -> {
			long id = rs.getLong("id");
			supervision.sanctioned(id, rs.getLong("insurer_id"), "BAN".equals(rs.getString("kind")),
					rs.getDate("starts_on").toLocalDate());
			if (rs.getTimestamp("lifted_at") != null) {
				supervision.lifted(id, LocalDate.ofInstant(rs.getTimestamp("lifted_at").toInstant(), clock.getZone()));
			}
			return null;
		}).list();
	}

}
