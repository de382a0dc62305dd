package io.suretyhub.openapi.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code openapi_system} and {@code openapi_key}. */
@Repository
class SystemRepository {

	private static final String SYSTEM = "SELECT id, app_id, insurer_id, insurer_area, name, webhook_url, webhook_secret,"
			+ " created_at FROM openapi_system";

	private static final String KEY = "SELECT id, system_id, kind, secret, public_key, created_at, revoked_at FROM openapi_key";

	private final JdbcClient jdbc;

	SystemRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String appId, long insurerId, String area, String name, String createdBy, Instant at) {
		return jdbc.sql("INSERT INTO openapi_system (app_id, insurer_id, insurer_area, name, created_at, created_by)"
				+ " VALUES (:app, :insurer, :area, :name, :at, :by) RETURNING id")
			.param("app", appId).param("insurer", insurerId).param("area", area).param("name", name)
			.param("at", Timestamp.from(at)).param("by", createdBy)
			.query(Long.class).single();
	}

	void webhook(long systemId, String url, byte[] sealedSecret) {
		jdbc.sql("UPDATE openapi_system SET webhook_url = :url, webhook_secret = :secret WHERE id = :id")
			.param("url", url).param("secret", sealedSecret).param("id", systemId).update();
	}

	long insertKey(long systemId, KeyKind kind, byte[] secret, byte[] publicKey, String createdBy, Instant at) {
		return jdbc.sql("INSERT INTO openapi_key (system_id, kind, secret, public_key, created_at, created_by)"
				+ " VALUES (:system, :kind, :secret, :pk, :at, :by) RETURNING id")
			.param("system", systemId).param("kind", kind.name()).param("secret", secret).param("pk", publicKey)
			.param("at", Timestamp.from(at)).param("by", createdBy)
			.query(Long.class).single();
	}

	boolean revoke(long systemId, long keyId, Instant at) {
		return jdbc.sql("UPDATE openapi_key SET revoked_at = :at WHERE id = :id AND system_id = :system AND revoked_at IS NULL")
			.param("at", Timestamp.from(at)).param("id", keyId).param("system", systemId).update() == 1;
	}

	Optional<InsurerSystem> byAppId(String appId) {
		return jdbc.sql(SYSTEM + " WHERE app_id = :app").param("app", appId).query(InsurerSystem::map).optional();
	}

	Optional<InsurerSystem> find(long id) {
		return jdbc.sql(SYSTEM + " WHERE id = :id").param("id", id).query(InsurerSystem::map).optional();
	}

	List<InsurerSystem> ofInsurer(long insurerId) {
		return jdbc.sql(SYSTEM + " WHERE insurer_id = :insurer ORDER BY id").param("insurer", insurerId)
			.query(InsurerSystem::map).list();
	}

	List<InsurerSystem> withWebhook(long insurerId) {
		return jdbc.sql(SYSTEM + " WHERE insurer_id = :insurer AND webhook_url IS NOT NULL ORDER BY id")
			.param("insurer", insurerId).query(InsurerSystem::map).list();
	}

	List<SigningKey> activeKeys(long systemId) {
		return jdbc.sql(KEY + " WHERE system_id = :system AND revoked_at IS NULL ORDER BY id")
			.param("system", systemId).query(SigningKey::map).list();
	}

	List<SigningKey> keys(long systemId) {
		return jdbc.sql(KEY + " WHERE system_id = :system ORDER BY id").param("system", systemId)
			.query(SigningKey::map).list();
	}

}
