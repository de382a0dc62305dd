package io.suretyhub.insurer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import io.suretyhub.shared.InvalidInput;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores uploaded documents: PDF, JPG or PNG only (checked by content), at most the configured size,
 * with their SHA-256; never overwritten (a new upload is a new row, the table refuses updates).
 */
@Component
public class DocumentStore {

	private final JdbcClient jdbc;

	private final InsurerSettings settings;

	private final Clock clock;

	DocumentStore(JdbcClient jdbc, InsurerSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Checks and stores one upload.
	 * @throws InvalidInput ({@code file}) if it is empty, too large, or not a PDF, JPG or PNG
	 */
	public StoredDocument store(long insurerId, DocumentKind kind, String fileName, long declaredSize,
			InputStream input, String uploadedBy) throws IOException {
		long limit = settings.uploadLimit().toBytes();
		if (declaredSize > limit) {
			throw tooLarge();
		}
		byte[] content = input.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
		if (content.length > limit) {
			throw tooLarge();
		}
		if (content.length == 0) {
			throw InvalidInput.of("file", "insurer.upload.empty");
		}
		FileType type = FileType.of(content, fileName)
			.orElseThrow(() -> InvalidInput.of("file", "insurer.upload.type"));
		String sha256 = sha256(content);
		String name = fileName.length() > 200 ? fileName.substring(fileName.length() - 200) : fileName;
		Instant now = clock.instant();
		long id = jdbc.sql("""
				INSERT INTO insurer_document (insurer_id, kind, file_name, content_type, size_bytes, sha256, content,
				uploaded_at, uploaded_by) VALUES (:i, :k, :n, :t, :s, :h, :c, :at, :by) RETURNING id""")
			.param("i", insurerId).param("k", kind.name()).param("n", name).param("t", type.contentType())
			.param("s", content.length).param("h", sha256).param("c", content).param("at", Timestamp.from(now))
			.param("by", uploadedBy)
			.query(Long.class).single();
		return new StoredDocument(id, insurerId, kind, name, type.contentType(), content.length, sha256, now, uploadedBy);
	}

	public List<StoredDocument> list(long insurerId) {
		return jdbc.sql("SELECT id, insurer_id, kind, file_name, content_type, size_bytes, sha256, uploaded_at, uploaded_by"
				+ " FROM insurer_document WHERE insurer_id = :i ORDER BY id")
			.param("i", insurerId)
			.query((rs, n) -> new StoredDocument(rs.getLong(1), rs.getLong(2), DocumentKind.valueOf(rs.getString(3)),
					rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
					rs.getString(9)))
			.list();
	}

	public Optional<byte[]> content(long insurerId, long documentId) {
		return jdbc.sql("SELECT content FROM insurer_document WHERE id = :d AND insurer_id = :i")
			.param("d", documentId).param("i", insurerId)
			.query(byte[].class).optional();
	}

	private InvalidInput tooLarge() {
		return InvalidInput.of("file", "insurer.upload.tooLarge", settings.uploadLimit().toMegabytes());
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A stored document, without its bytes. */
	public record StoredDocument(long id, long insurerId, DocumentKind kind, String fileName, String contentType,
			long size, String sha256, Instant uploadedAt, String uploadedBy) {
	}

}
