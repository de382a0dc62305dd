package io.suretyhub.insurer.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import io.suretyhub.insurer.InsurerReminderIssued;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Work reminders (R-SUP-2): the region authority issues one with a date to respond by; it is heeded when
 * the insurer reports its rectification and the authority accepts it. A rejected report, or no report by
 * the date, leaves it unheeded; every second unheeded reminder proposes a rectification sanction (R-SUP-3).
 */
@Service
public class Reminders {

	private static final String SELECT = "SELECT id, insurer_id, subject, respond_by, status, issued_at, issued_by,"
			+ " rectification, reported_at, decided_by, decision_reason, sanction_id FROM insurer_reminder";

	private final JdbcClient jdbc;

	private final Sanctions sanctions;

	private final Journal journal;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Reminders(JdbcClient jdbc, Sanctions sanctions, Journal journal, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.sanctions = sanctions;
		this.journal = journal;
		this.clock = clock;
	}

	@Transactional
	public long issue(long insurerId, String subject, LocalDate respondBy, AccessScope officer) {
		String text = Filings.required(subject);
		if (respondBy == null || !respondBy.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.of("respondBy", "insurer.reminder.respondBy");
		}
		Instant now = clock.instant();
		long id = jdbc.sql("INSERT INTO insurer_reminder (insurer_id, subject, respond_by, status, issued_at, issued_by)"
				+ " VALUES (:i, :s, :d, 'ISSUED', :at, :by) RETURNING id")
			.param("i", insurerId).param("s", text).param("d", Date.valueOf(respondBy))
			.param("at", Timestamp.from(now)).param("by", officer.username()).query(Long.class).single();
		journal.record(insurerId, "reminder.issue", officer.username(), "insurer-reminder", id,
				"respond by " + respondBy + ": " + text);
		events.publishEvent(new InsurerReminderIssued(id, insurerId, text, respondBy, now));
		return id;
	}

	@Transactional
	public void report(long insurerId, long id, String rectification, AccessScope by) {
		Reminder reminder = find(insurerId, id);
		String text = Filings.required(rectification);
		requireStatus(reminder, "ISSUED");
		update(id, "REPORTED", "rectification = :x, reported_at = :at", text, null);
		journal.record(insurerId, "reminder.report", by.username(), "insurer-reminder", id, "rectification reported");
	}

	@Transactional
	public void accept(long id, AccessScope officer) {
		Reminder reminder = find(id);
		requireStatus(reminder, "REPORTED");
		update(id, "HEEDED", "decided_at = :at, decided_by = :by", null, officer.username());
		journal.record(reminder.insurerId(), "reminder.heeded", officer.username(), "insurer-reminder", id, "accepted");
	}

	@Transactional
	public void reject(long id, String reason, AccessScope officer) {
		Reminder reminder = find(id);
		requireStatus(reminder, "REPORTED");
		String why = Filings.required(reason);
		update(id, "UNHEEDED", "decided_at = :at, decided_by = :by, decision_reason = :x", why, officer.username());
		journal.record(reminder.insurerId(), "reminder.unheeded", officer.username(), "insurer-reminder", id, why);
		proposeIfSecond(reminder.insurerId());
	}

	/** Marks reminders not answered by their date as unheeded. */
	@Scheduled(fixedDelayString = "${suretyhub.insurer.sweep-interval:PT1H}",
			initialDelayString = "${suretyhub.insurer.sweep-interval:PT1H}")
	@Transactional
	public void sweep() {
		List<Reminder> late = jdbc.sql(SELECT + " WHERE status = 'ISSUED' AND respond_by < :d ORDER BY id")
			.param("d", Date.valueOf(LocalDate.now(clock))).query(this::map).list();
		for (Reminder reminder : late) {
			update(reminder.id(), "UNHEEDED", "decided_at = :at, decision_reason = :x", "no report by " + reminder.respondBy(),
					null);
			journal.record(reminder.insurerId(), "reminder.unheeded", Journal.SYSTEM, "insurer-reminder", reminder.id(),
					"no rectification reported by " + reminder.respondBy());
			proposeIfSecond(reminder.insurerId());
		}
	}

	public List<Reminder> ofInsurer(long insurerId) {
		return jdbc.sql(SELECT + " WHERE insurer_id = :i ORDER BY id DESC").param("i", insurerId).query(this::map).list();
	}

	public List<Reminder> awaitingDecision() {
		return jdbc.sql(SELECT + " WHERE status = 'REPORTED' ORDER BY reported_at").query(this::map).list();
	}

	private void proposeIfSecond(long insurerId) {
		List<Reminder> unheeded = jdbc.sql(SELECT + " WHERE insurer_id = :i AND status = 'UNHEEDED' AND sanction_id IS NULL"
				+ " ORDER BY id LIMIT 2").param("i", insurerId).query(this::map).list();
		if (unheeded.size() < 2) {
			return;
		}
		String ids = unheeded.stream().map(r -> String.valueOf(r.id())).collect(Collectors.joining(","));
		sanctions.propose(insurerId, SanctionTrigger.UNHEEDED_REMINDERS, "unheeded reminders " + ids, "reminders/" + ids,
				null).ifPresent(sanction -> jdbc.sql("UPDATE insurer_reminder SET sanction_id = :s WHERE id IN (:ids)")
					.param("s", sanction).param("ids", unheeded.stream().map(Reminder::id).toList()).update());
	}

	private void update(long id, String status, String set, String text, String by) {
		jdbc.sql("UPDATE insurer_reminder SET status = :status, " + set + " WHERE id = :id")
			.param("status", status).param("id", id).param("x", text).param("by", by)
			.param("at", Timestamp.from(clock.instant())).update();
	}

	private static void requireStatus(Reminder reminder, String status) {
		if (!status.equals(reminder.status())) {
			throw new RuleViolation("R-SUP-2", "insurer.reminder.status." + reminder.status());
		}
	}

	public Reminder find(long id) {
		return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(this::map).optional()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Reminder find(long insurerId, long id) {
		Reminder reminder = find(id);
		if (reminder.insurerId() != insurerId) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return reminder;
	}

	private Reminder map(ResultSet rs, int row) throws SQLException {
		Timestamp reported = rs.getTimestamp(9);
		long sanction = rs.getLong(12);
		return new Reminder(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate(), rs.getString(5),
				rs.getTimestamp(6).toInstant(), rs.getString(7), rs.getString(8),
				reported == null ? null : reported.toInstant(), rs.getString(10), rs.getString(11),
				rs.wasNull() ? null : sanction);
	}

}
