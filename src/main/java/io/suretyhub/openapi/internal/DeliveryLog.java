package io.suretyhub.openapi.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Webhook deliveries as the insurer admin and platform admins see them, newest first. */
@Component
public class DeliveryLog {

	private final JdbcClient jdbc;

	DeliveryLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The latest deliveries of one insurer, or of all insurers when {@code insurerId} is {@code null}. */
	public List<Delivery> recent(Long insurerId, int limit) {
		return jdbc.sql("""
				SELECT d.id, s.insurer_id, s.app_id, e.event_id, e.type, d.status, d.attempts, d.last_result,
				  d.last_attempt_at, d.next_attempt_at, d.delivered_at, d.created_at
				FROM openapi_delivery d JOIN openapi_event e ON e.id = d.event_id JOIN openapi_system s ON s.id = d.system_id
				WHERE (CAST(:insurer AS BIGINT) IS NULL OR s.insurer_id = :insurer)
				ORDER BY d.id DESC LIMIT :limit""")
			.param("insurer", insurerId).param("limit", limit)
			.query((rs, n) -> new Delivery(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getString(6), rs.getInt(7), rs.getString(8), instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)),
					instant(rs.getTimestamp(11)), instant(rs.getTimestamp(12))))
			.list();
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** One event's delivery to one system. */
	public record Delivery(long id, long insurerId, String appId, String eventId, String type, String status,
			int attempts, String lastResult, Instant lastAttemptAt, Instant nextAttemptAt, Instant deliveredAt,
			Instant createdAt) {
	}

}
