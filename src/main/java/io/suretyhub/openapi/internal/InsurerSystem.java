package io.suretyhub.openapi.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * An insurer's business system registered for the open API.
 *
 * @param webhookSecret the sealed secret webhooks are signed with, {@code null} without a webhook
 */
public record InsurerSystem(long id, String appId, long insurerId, String insurerArea, String name,
		String webhookUrl, byte[] webhookSecret, Instant createdAt) {

	static InsurerSystem map(ResultSet rs, int row) throws SQLException {
		return new InsurerSystem(rs.getLong("id"), rs.getString("app_id"), rs.getLong("insurer_id"),
				rs.getString("insurer_area"), rs.getString("name"), rs.getString("webhook_url"),
				rs.getBytes("webhook_secret"), rs.getTimestamp("created_at").toInstant());
	}

	/** The owner bound to the system's sealed secrets (see {@code SecretsAtRest}). */
	String owner(String what) {
		return "openapi-" + what + ":" + id;
	}

}
