package io.suretyhub.openapi.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The events for insurers' systems and their outbox: an event is stored once per source (a second
 * delivery of the same module event adds nothing), with one pending delivery per system of the insurer
 * that has a webhook, in the caller's transaction. Its row id is the pull cursor.
 */
@Component
public class OpenEvents {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	OpenEvents(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** Records the event unless its {@code sourceKey} was recorded before. */
	public void record(long insurerId, String type, String sourceKey, Instant occurredAt, Map<String, Object> data) {
		UUID eventId = UUID.randomUUID();
		Map<String, Object> payload = new LinkedHashMap<>();
		payload.put("eventId", eventId.toString());
		payload.put("type", type);
		payload.put("occurredAt", occurredAt.toString());
		payload.put("data", data);
		List<Long> inserted = jdbc.sql("""
				INSERT INTO openapi_event (event_id, insurer_id, type, source_key, payload, occurred_at)
				VALUES (:eventId, :insurer, :type, :source, :payload, :at)
				ON CONFLICT (source_key) DO NOTHING RETURNING id""")
			.param("eventId", eventId).param("insurer", insurerId).param("type", type).param("source", sourceKey)
			.param("payload", json.writeValueAsString(payload)).param("at", Timestamp.from(occurredAt))
			.query(Long.class).list();
		for (Long id : inserted) {
			jdbc.sql("""
					INSERT INTO openapi_delivery (event_id, system_id, status, created_at, next_attempt_at)
					SELECT :event, id, 'PENDING', :now, :now FROM openapi_system
					WHERE insurer_id = :insurer AND webhook_url IS NOT NULL""")
				.param("event", id).param("now", Timestamp.from(clock.instant())).param("insurer", insurerId).update();
		}
	}

	/** The insurer's events after {@code cursor}, oldest first. */
	public List<Event> after(long insurerId, long cursor, int limit) {
		return jdbc.sql("SELECT id, payload FROM openapi_event WHERE insurer_id = :insurer AND id > :cursor"
				+ " ORDER BY id LIMIT :limit")
			.param("insurer", insurerId).param("cursor", cursor).param("limit", limit)
			.query((rs, n) -> new Event(rs.getLong(1), json.readValue(rs.getString(2), new TypeReference<Map<String, Object>>() {
			})))
			.list();
	}

	/** An event with its cursor; {@code payload} holds eventId, type, occurredAt and data. */
	public record Event(long cursor, Map<String, Object> payload) {
	}

}
