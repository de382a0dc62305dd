package io.suretyhub.obligation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import io.suretyhub.obligation.ObligationStatus;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.Role;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in organisation's notices: what its organisation owes, and for a labour authority what is
 * addressed to its area. Read state belongs to the recipient (one official reading marks it read for
 * the organisation).
 */
@Service
public class Inbox {

	private static final Set<Role> AUTHORITIES = Set.of(Role.REGION_AUTHORITY, Role.LOCAL_AUTHORITY);

	private static final String MINE = "(i.recipient_organisation = :organisation or i.recipient_area = :area)";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Inbox(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public PageOf<InboxItem> page(AccessScope scope, int page, int size) {
		long total = mine(scope, "select count(*) from obligation_inbox_item i where " + MINE).query(Long.class).single();
		var rows = mine(scope, """
				select i.id, i.obligation_id, i.kind, i.due_at, i.previous_due_at, i.created_at, i.read_at,
				       o.rule, o.subject_type, o.subject_id, o.owed_by, o.area_code, o.due_date, o.status
				from obligation_inbox_item i join obligation o on o.id = i.obligation_id
				where %s order by i.created_at desc, i.id desc limit :limit offset :offset""".formatted(MINE))
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(Inbox::item)
			.list();
		return new PageOf<>(rows, page, size, total);
	}

	@Transactional(readOnly = true)
	public long unread(AccessScope scope) {
		return mine(scope, "select count(*) from obligation_inbox_item i where read_at is null and " + MINE)
			.query(Long.class)
			.single();
	}

	/** Marks one notice read; answers {@code false} if the viewer has no such notice. */
	@Transactional
	public boolean markRead(AccessScope scope, long id) {
		boolean mine = mine(scope, "select count(*) from obligation_inbox_item i where i.id = :id and " + MINE)
			.param("id", id)
			.query(Long.class)
			.single() > 0;
		if (mine) {
			jdbc.sql("update obligation_inbox_item set read_at = :now where id = :id and read_at is null")
				.param("id", id)
				.param("now", Sql.timestamp(clock.instant()))
				.update();
			events.publishEvent(AuditEvent.success("obligation.inbox.read", "inbox_item", id, ""));
		}
		return mine;
	}

	/** Marks every notice of the viewer read; answers how many. */
	@Transactional
	public int markAllRead(AccessScope scope) {
		int marked = mine(scope, "update obligation_inbox_item i set read_at = :now where read_at is null and " + MINE)
			.param("now", Sql.timestamp(clock.instant()))
			.update();
		events.publishEvent(AuditEvent.success("obligation.inbox.readAll", "inbox", scope.organisationId(), marked + ""));
		return marked;
	}

	private JdbcClient.StatementSpec mine(AccessScope scope, String sql) {
		return jdbc.sql(sql)
			.param("organisation", scope.organisationId())
			.param("area", AUTHORITIES.contains(scope.role()) ? scope.area().value() : null);
	}

	private static InboxItem item(ResultSet rs, int row) throws SQLException {
		return new InboxItem(rs.getLong("id"), rs.getLong("obligation_id"), rs.getString("kind"), rs.getString("rule"),
				Sql.subject(rs), rs.getLong("owed_by"), AreaCode.of(rs.getString("area_code")),
				rs.getObject("due_date", LocalDate.class), Sql.instant(rs, "due_at"),
				Sql.instant(rs, "previous_due_at"), ObligationStatus.valueOf(rs.getString("status")),
				Sql.instant(rs, "created_at"), Sql.instant(rs, "read_at"));
	}

}
