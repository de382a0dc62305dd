package io.suretyhub.insurer.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision measures for minor violations (R-SUP-1, W Art 9): interview, order to rectify by a date,
 * public criticism, taken by a local labour authority or the financial regulator with reason and evidence.
 * A viewer sees the measures taken inside its own area (the region authority sees all, R-GEO-2).
 */
@Service
public class Measures {

	public static final List<String> KINDS = List.of("INTERVIEW", "RECTIFY", "CRITICISM");

	private final JdbcClient jdbc;

	private final Journal journal;

	private final Clock clock;

	Measures(JdbcClient jdbc, Journal journal, Clock clock) {
		this.jdbc = jdbc;
		this.journal = journal;
		this.clock = clock;
	}

	@Transactional
	public long take(long insurerId, String kind, String reason, String evidence, LocalDate rectifyBy, AccessScope by) {
		return take(insurerId, kind, reason, evidence, rectifyBy, by, false);
	}

	/** As above; with {@code fileFollows} the evidence may be a file alone (attached by {@link Evidence}). */
	@Transactional
	public long take(long insurerId, String kind, String reason, String evidence, LocalDate rectifyBy, AccessScope by,
			boolean fileFollows) {
		if (kind == null || !KINDS.contains(kind)) {
			throw InvalidInput.of("kind", "insurer.measure.kind");
		}
		if ("RECTIFY".equals(kind) && (rectifyBy == null || !rectifyBy.isAfter(LocalDate.now(clock)))) {
			throw InvalidInput.of("rectifyBy", "insurer.measure.rectifyBy");
		}
		String why = Filings.required(reason);
		if (!fileFollows && (evidence == null || evidence.isBlank())) {
			throw InvalidInput.of("evidence", "insurer.measure.evidence");
		}
		long id = jdbc.sql("""
				INSERT INTO insurer_measure (insurer_id, kind, reason, evidence, rectify_by, area_code, taken_at, taken_by,
				taken_by_role) VALUES (:i, :k, :r, :e, :d, :a, :at, :by, :role) RETURNING id""")
			.param("i", insurerId).param("k", kind).param("r", why).param("e", evidence == null ? "" : evidence.strip())
			.param("d", "RECTIFY".equals(kind) ? Date.valueOf(rectifyBy) : null).param("a", by.area().value())
			.param("at", Timestamp.from(clock.instant())).param("by", by.username()).param("role", by.role().name())
			.query(Long.class).single();
		journal.record(insurerId, "measure." + kind.toLowerCase(java.util.Locale.ROOT), by.username(), "insurer-measure",
				id, why);
		return id;
	}

	public List<Measure> ofInsurer(long insurerId, AccessScope viewer) {
		return jdbc.sql("SELECT id, kind, reason, evidence, rectify_by, area_code, taken_at, taken_by, taken_by_role"
				+ " FROM insurer_measure WHERE insurer_id = :i AND area_code LIKE :p ORDER BY id DESC")
			.param("i", insurerId).param("p", viewer.areaPrefix())
			.query((rs, n) -> new Measure(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getString(6),
					rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9)))
			.list();
	}

	/** A recorded measure. */
	public record Measure(long id, String kind, String reason, String evidence, LocalDate rectifyBy, String area,
			Instant takenAt, String takenBy, String takenByRole) {
	}

}
