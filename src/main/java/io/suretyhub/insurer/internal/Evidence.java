package io.suretyhub.insurer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.suretyhub.insurer.internal.DocumentStore.StoredDocument;
import io.suretyhub.shared.AccessScope;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Evidence files of supervision measures (R-SUP-1) and sanctions (R-SUP-3), under the upload rules of the
 * filing documents (PDF, JPG or PNG by content, size limit, SHA-256, never overwritten). Evidence of a
 * measure is seen by whoever sees the measure (its area, R-GEO-2).
 */
@Service
public class Evidence {

	private final DocumentStore documents;

	private final Measures measures;

	private final Sanctions sanctions;

	private final Journal journal;

	private final JdbcClient jdbc;

	Evidence(DocumentStore documents, Measures measures, Sanctions sanctions, Journal journal, JdbcClient jdbc) {
		this.documents = documents;
		this.measures = measures;
		this.sanctions = sanctions;
		this.journal = journal;
		this.jdbc = jdbc;
	}

	/** Takes a measure with its evidence: a text, a file, or both; a refused file stores nothing at all. */
	@Transactional
	public long takeMeasure(long insurerId, String kind, String reason, String evidenceText, java.time.LocalDate rectifyBy,
			Upload file, AccessScope by) throws IOException {
		long id = measures.take(insurerId, kind, reason, evidenceText, rectifyBy, by, file != null);
		if (file != null) {
			toMeasure(insurerId, id, file, by);
		}
		return id;
	}

	/** Adds an evidence file to a measure the viewer can see; anything else is 404. */
	@Transactional
	public StoredDocument toMeasure(long insurerId, long measureId, Upload file, AccessScope by) throws IOException {
		measures.ofInsurer(insurerId, by).stream().filter(m -> m.id() == measureId).findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return attach(insurerId, "measure_id", measureId, file, by);
	}

	/** Adds an evidence file to a sanction (proposal, decision or lifting) of this insurer; anything else is 404. */
	@Transactional
	public StoredDocument toSanction(long insurerId, long sanctionId, Upload file, AccessScope by) throws IOException {
		if (sanctions.find(sanctionId).insurerId() != insurerId) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return attach(insurerId, "sanction_id", sanctionId, file, by);
	}

	/** The evidence files of the insurer's measures, by measure id. */
	public Map<Long, List<StoredDocument>> ofMeasures(long insurerId) {
		return linked(insurerId, "measure_id");
	}

	/** The evidence files of the insurer's sanctions, by sanction id. */
	public Map<Long, List<StoredDocument>> ofSanctions(long insurerId) {
		return linked(insurerId, "sanction_id");
	}

	/** Whether the viewer may open this document: evidence of a measure only inside the measure's area. */
	public boolean visible(long insurerId, long documentId, AccessScope viewer) {
		Optional<Long> measure = jdbc.sql("SELECT measure_id FROM insurer_evidence WHERE document_id = :d AND measure_id IS NOT NULL")
			.param("d", documentId).query(Long.class).optional();
		return measure.isEmpty() || measures.ofInsurer(insurerId, viewer).stream().anyMatch(m -> m.id() == measure.get());
	}

	private StoredDocument attach(long insurerId, String column, long targetId, Upload file, AccessScope by)
			throws IOException {
		StoredDocument stored = documents.store(insurerId, DocumentKind.EVIDENCE, file.fileName(), file.size(),
				file.content(), by.username());
		jdbc.sql("INSERT INTO insurer_evidence (document_id, " + column + ") VALUES (:d, :t)")
			.param("d", stored.id()).param("t", targetId).update();
		String target = column.replace("_id", "");
		journal.record(insurerId, "evidence.attach", by.username(), "insurer-document", stored.id(),
				target + "=" + targetId + " sha256=" + stored.sha256() + " size=" + stored.size());
		return stored;
	}

	private Map<Long, List<StoredDocument>> linked(long insurerId, String column) {
		Map<Long, Long> targets = jdbc.sql("SELECT e.document_id, e." + column + " FROM insurer_evidence e"
				+ " JOIN insurer_document d ON d.id = e.document_id WHERE d.insurer_id = :i AND e." + column + " IS NOT NULL")
			.param("i", insurerId)
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return documents.list(insurerId).stream().filter(d -> targets.containsKey(d.id()))
			.collect(Collectors.groupingBy(d -> targets.get(d.id())));
	}

	/** An uploaded file as received. */
	public record Upload(String fileName, long size, InputStream content) {
	}

}
