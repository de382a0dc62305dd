package io.suretyhub.openapi.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * A key an insurer system signs with; at most two are active, so that a new one can be rolled out
 * before the old one is revoked.
 *
 * @param secret the sealed HMAC secret, or {@code null}
 * @param publicKey the ECDSA public key (X.509 DER), or {@code null}
 */
public record SigningKey(long id, long systemId, KeyKind kind, byte[] secret, byte[] publicKey, Instant createdAt,
		Instant revokedAt) {

	static SigningKey map(ResultSet rs, int row) throws SQLException {
		Timestamp revoked = rs.getTimestamp("revoked_at");
		return new SigningKey(rs.getLong("id"), rs.getLong("system_id"), KeyKind.valueOf(rs.getString("kind")),
				rs.getBytes("secret"), rs.getBytes("public_key"), rs.getTimestamp("created_at").toInstant(),
				revoked == null ? null : revoked.toInstant());
	}

	public boolean active() {
		return revokedAt == null;
	}

}
