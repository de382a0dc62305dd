package io.suretyhub.insurer.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every step on an insurer is written to its history (shown on its profile) and published as an
 * {@link AuditEvent} in the same transaction.
 */
@Component
public class Journal {

	public static final String SYSTEM = "system";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Journal(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	public void record(long insurerId, String action, AccessScope by, String detail) {
		record(insurerId, action, by == null ? SYSTEM : by.username(), "insurer", insurerId, detail);
	}

	public void record(long insurerId, String action, String actor, String objectType, Object objectId, String detail) {
		jdbc.sql("INSERT INTO insurer_history (insurer_id, at, action, actor, detail) VALUES (:i, :at, :a, :actor, :d)")
			.param("i", insurerId)
			.param("at", Timestamp.from(clock.instant()))
			.param("a", action)
			.param("actor", actor)
			.param("d", detail)
			.update();
		events.publishEvent(AuditEvent.success("insurer." + action, objectType, objectId, detail));
	}

	public List<Entry> history(long insurerId) {
		return jdbc.sql("SELECT at, action, actor, detail FROM insurer_history WHERE insurer_id = :i ORDER BY id")
			.param("i", insurerId)
			.query((rs, n) -> new Entry(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
	}

	/** One line of an insurer's history. */
	public record Entry(Instant at, String action, String actor, String detail) {
	}

}
