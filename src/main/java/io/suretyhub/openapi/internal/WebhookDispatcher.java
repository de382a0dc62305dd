package io.suretyhub.openapi.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivers due webhooks from the outbox: claimed with {@code FOR UPDATE SKIP LOCKED} (safe with several
 * nodes), retried after 30 s, 1 min, 2 min … at most every hour, and given up only
 * {@link #GIVE_UP_AFTER} after the event was recorded. Receivers deduplicate by {@code X-SH-Event-Id}.
 */
@Component
public class WebhookDispatcher {

	static final Duration FIRST_RETRY = Duration.ofSeconds(30);

	static final Duration MAX_INTERVAL = Duration.ofHours(1);

	static final Duration GIVE_UP_AFTER = Duration.ofHours(48);

	private static final int BATCH = 10;

	private final JdbcClient jdbc;

	private final SystemRepository systems;

	private final WebhookSender sender;

	private final Clock clock;

	private final boolean enabled;

	WebhookDispatcher(JdbcClient jdbc, SystemRepository systems, WebhookSender sender, Clock clock,
			@Value("${suretyhub.openapi.webhooks.enabled:true}") boolean enabled) {
		this.jdbc = jdbc;
		this.systems = systems;
		this.sender = sender;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Scheduled(fixedDelayString = "${suretyhub.openapi.webhooks.interval:PT5S}", initialDelayString = "PT20S")
	void scheduled() {
		if (enabled) {
			dispatchDue();
		}
	}

	/** Attempts every delivery that is due now; returns how many were attempted. */
	@Transactional
	public int dispatchDue() {
		Instant now = clock.instant();
		List<Due> due = jdbc.sql("""
				SELECT d.id, d.attempts, d.created_at, d.system_id, e.event_id, e.type, e.payload
				FROM openapi_delivery d JOIN openapi_event e ON e.id = d.event_id
				WHERE d.status = 'PENDING' AND d.next_attempt_at <= :now
				ORDER BY d.next_attempt_at LIMIT :batch FOR UPDATE OF d SKIP LOCKED""")
			.param("now", Timestamp.from(now)).param("batch", BATCH)
			.query((rs, n) -> new Due(rs.getLong(1), rs.getInt(2), rs.getTimestamp(3).toInstant(), rs.getLong(4),
					rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
		for (Due d : due) {
			InsurerSystem system = systems.find(d.systemId()).filter(s -> s.webhookUrl() != null).orElse(null);
			String failure = system == null ? "no webhook" : sender.send(system, d.eventId(), d.type(), d.payload());
			record(d, failure, now);
		}
		return due.size();
	}

	private void record(Due d, String failure, Instant now) {
		int attempts = d.attempts() + 1;
		String status = failure == null ? "DELIVERED"
				: now.isAfter(d.createdAt().plus(GIVE_UP_AFTER)) ? "GAVE_UP" : "PENDING";
		jdbc.sql("""
				UPDATE openapi_delivery SET status = :status, attempts = :attempts, last_attempt_at = :now,
				  last_result = :result, next_attempt_at = :next, delivered_at = :delivered WHERE id = :id""")
			.param("status", status).param("attempts", attempts).param("now", Timestamp.from(now))
			.param("result", failure == null ? "OK" : failure)
			.param("next", Timestamp.from(now.plus(backoff(attempts))))
			.param("delivered", failure == null ? Timestamp.from(now) : null)
			.param("id", d.id())
			.update();
	}

	/** 30 s after the first failure, doubling, at most {@link #MAX_INTERVAL}. */
	static Duration backoff(int attempts) {
		Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
		return wait.compareTo(MAX_INTERVAL) > 0 ? MAX_INTERVAL : wait;
	}

	private record Due(long id, int attempts, Instant createdAt, long systemId, String eventId, String type,
			String payload) {
	}

}
