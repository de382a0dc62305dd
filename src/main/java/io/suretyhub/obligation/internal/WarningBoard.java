package io.suretyhub.obligation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import io.suretyhub.obligation.ObligationView;
import io.suretyhub.obligation.WarningLevel;
import io.suretyhub.shared.AccessScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authorities' early-warning list (R-SUP-4): warned obligations in the viewer's area, filtered,
 * paged, exported. Nothing outside the viewer's area is ever read (R-GEO-2).
 */
@Service
public class WarningBoard {

	/** The most rows one export writes; narrow the filter for more. */
	public static final int EXPORT_LIMIT = 100_000;

	private final JdbcClient jdbc;

	private final ObligationRepository repository;

	WarningBoard(JdbcClient jdbc, ObligationRepository repository) {
		this.jdbc = jdbc;
		this.repository = repository;
	}

	@Transactional(readOnly = true)
	public PageOf<BoardRow> page(AccessScope scope, BoardFilter filter, int page, int size) {
		var query = new BoardQuery(scope, filter);
		long total = jdbc.sql("select count(*) from obligation o where " + query.where())
			.params(query.params())
			.query(Long.class)
			.single();
		var rows = jdbc.sql("select " + BoardQuery.COLUMNS + " from obligation o where " + query.where()
				+ " order by o.due_at desc, o.id desc limit :limit offset :offset")
			.params(query.params())
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(BoardQuery::row)
			.list();
		return new PageOf<>(rows, page, size, total);
	}

	/** Streams every matching row (at most {@link #EXPORT_LIMIT}) to {@code sink}. */
	@Transactional(readOnly = true)
	public void export(AccessScope scope, BoardFilter filter, Consumer<BoardRow> sink) {
		var query = new BoardQuery(scope, filter);
		try (var rows = jdbc.sql("select " + BoardQuery.COLUMNS + " from obligation o where " + query.where()
				+ " order by o.due_at desc, o.id desc limit " + EXPORT_LIMIT)
			.params(query.params())
			.withFetchSize(1000)
			.query(BoardQuery::row)
			.stream()) {
			rows.forEach(sink);
		}
	}

	/** An obligation in the viewer's area with its warnings, or empty (also outside the area). */
	@Transactional(readOnly = true)
	public Optional<Detail> detail(AccessScope scope, long id) {
		return repository.findById(id).filter(o -> scope.covers(o.area())).map(o -> new Detail(o.view(), warnings(id)));
	}

	private List<IssuedWarning> warnings(long id) {
		return jdbc.sql("select level, issued_at from obligation_warning where obligation_id = :id order by issued_at, id")
			.param("id", id)
			.query((rs, n) -> new IssuedWarning(WarningLevel.valueOf(rs.getString("level")), Sql.instant(rs, "issued_at")))
			.list();
	}

	public record Detail(ObligationView obligation, List<IssuedWarning> warnings) {
	}

	public record IssuedWarning(WarningLevel level, Instant issuedAt) {
	}

}
