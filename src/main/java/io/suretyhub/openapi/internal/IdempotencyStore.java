package io.suretyhub.openapi.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The first answer per app id and {@code Idempotency-Key}, kept for {@link #KEEP}. */
@Component
class IdempotencyStore {

	static final Duration KEEP = Duration.ofHours(24);

	private final JdbcClient jdbc;

	private final Clock clock;

	IdempotencyStore(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Claims the key for this request; false when it was claimed before. */
	boolean claim(String appId, String key, String requestHash) {
		return jdbc.sql("INSERT INTO openapi_idempotency (app_id, idem_key, request_hash, created_at)"
				+ " VALUES (:app, :key, :hash, :at) ON CONFLICT DO NOTHING")
			.param("app", appId).param("key", key).param("hash", requestHash)
			.param("at", Timestamp.from(clock.instant())).update() == 1;
	}

	Optional<Stored> find(String appId, String key) {
		return jdbc.sql("SELECT request_hash, status, content_type, body FROM openapi_idempotency"
				+ " WHERE app_id = :app AND idem_key = :key")
			.param("app", appId).param("key", key)
			.query((rs, n) -> new Stored(rs.getString(1), (Integer) rs.getObject(2), rs.getString(3), rs.getBytes(4)))
			.optional();
	}

	void complete(String appId, String key, int status, String contentType, byte[] body) {
		jdbc.sql("UPDATE openapi_idempotency SET status = :status, content_type = :type, body = :body"
				+ " WHERE app_id = :app AND idem_key = :key")
			.param("status", status).param("type", contentType).param("body", body)
			.param("app", appId).param("key", key).update();
	}

	/** The request failed on the platform's side (5xx): the key may be used again. */
	void release(String appId, String key) {
		jdbc.sql("DELETE FROM openapi_idempotency WHERE app_id = :app AND idem_key = :key")
			.param("app", appId).param("key", key).update();
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void forgetOld() {
		jdbc.sql("DELETE FROM openapi_idempotency WHERE created_at < :before")
			.param("before", Timestamp.from(clock.instant().minus(KEEP))).update();
	}

	/** A stored answer; {@code status} is null while the first request is still being handled. */
	record Stored(String requestHash, Integer status, String contentType, byte[] body) {
	}

}
