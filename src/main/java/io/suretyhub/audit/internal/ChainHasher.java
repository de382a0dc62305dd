package io.suretyhub.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

import io.suretyhub.audit.AuditRecord;

/**
 * The hash of a record: SHA-256 (hex) over a canonical encoding that cannot be read two ways. A
 * version tag comes first; then every field in a fixed order, each as {@code -} when absent or as
 * {@code #<length in UTF-8 bytes>:<bytes>}, so no choice of values can make two records encode alike.
 * The time is UTC with exactly six fractional digits (what PostgreSQL stores).
 */
final class ChainHasher {

	private static final String VERSION = "suretyhub-audit-v1";

	private static final DateTimeFormatter MICROS = DateTimeFormatter
		.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private ChainHasher() {
	}

	/** The hash {@code record} must carry; its own {@code hash} field is not part of it. */
	static String hash(AuditRecord record) {
		var out = new ByteArrayOutputStream(256);
		field(out, VERSION);
		field(out, Long.toString(record.sequence()));
		field(out, record.occurredAt() == null ? null : MICROS.format(record.occurredAt()));
		field(out, record.actor());
		field(out, record.sourceAddress());
		field(out, record.action());
		field(out, record.objectType());
		field(out, record.objectId());
		field(out, record.outcome() == null ? null : record.outcome().name());
		field(out, record.detail());
		field(out, record.previousHash());
		return HexFormat.of().formatHex(sha256().digest(out.toByteArray()));
	}

	private static void field(ByteArrayOutputStream out, String value) {
		if (value == null) {
			out.write('-');
			return;
		}
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeBytes(("#" + bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(bytes);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
