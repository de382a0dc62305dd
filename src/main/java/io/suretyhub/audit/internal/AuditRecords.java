package io.suretyhub.audit.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.suretyhub.audit.AuditRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** Reads the audit trail for the audit page. */
@Component
public class AuditRecords {

	public static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	private final Clock clock;

	AuditRecords(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The page of records matching {@code search}, newest first. */
	@Transactional(readOnly = true)
	public AuditPage find(AuditSearch search) {
		boolean backwards = search.before() == null && search.after() != null;
		List<AuditRecord> rows = new ArrayList<>(backwards ? query(search, ">", search.after(), PAGE_SIZE + 1)
				: query(search, "<", search.before(), PAGE_SIZE + 1));
		boolean more = rows.size() > PAGE_SIZE;
		if (more) {
			rows.remove(PAGE_SIZE);
		}
		if (backwards) {
			Collections.reverse(rows);
		}
		if (rows.isEmpty()) {
			return new AuditPage(List.of(), false, false);
		}
		boolean newer = backwards ? more : !query(search, ">", rows.get(0).sequence(), 1).isEmpty();
		boolean older = backwards ? !query(search, "<", rows.get(rows.size() - 1).sequence(), 1).isEmpty() : more;
		return new AuditPage(List.copyOf(rows), newer, older);
	}

	/** Matching records beyond {@code edge} in the direction of {@code comparison}, nearest first. */
	private List<AuditRecord> query(AuditSearch search, String comparison, Long edge, int limit) {
		Map<String, Object> params = new LinkedHashMap<>();
		List<String> where = filters(search, params);
		if (edge != null) {
			where.add("sequence_no " + comparison + " :edge");
			params.put("edge", edge);
		}
		String sql = "select " + AuditRecordRowMapper.COLUMNS + " from audit_record"
				+ (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by sequence_no "
				+ (">".equals(comparison) ? "asc" : "desc") + " limit " + limit;
		return jdbc.sql(sql).params(params).query(AuditRecordRowMapper.INSTANCE).list();
	}

	private List<String> filters(AuditSearch search, Map<String, Object> params) {
		List<String> where = new ArrayList<>();
		if (StringUtils.hasText(search.actor())) {
			where.add("actor = :actor");
			params.put("actor", search.actor().trim());
		}
		if (StringUtils.hasText(search.action())) {
			where.add("action = :action");
			params.put("action", search.action().trim());
		}
		if (search.outcome() != null) {
			where.add("outcome = :outcome");
			params.put("outcome", search.outcome().name());
		}
		if (search.from() != null) {
			where.add("occurred_at >= :from");
			params.put("from", startOf(search.from()));
		}
		if (search.to() != null) {
			where.add("occurred_at < :to");
			params.put("to", startOf(search.to().plusDays(1)));
		}
		return where;
	}

	private OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(clock.getZone()).toOffsetDateTime();
	}

}
