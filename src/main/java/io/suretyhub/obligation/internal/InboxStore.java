package io.suretyhub.obligation.internal;

import java.time.Instant;

import io.suretyhub.obligation.Parties;
import io.suretyhub.shared.AreaCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Puts notices in the inboxes of the owing organisation and (for warnings and moves) of the supervising authorities. */
@Repository
class InboxStore {

	private final JdbcClient jdbc;

	InboxStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A warning, to the owing organisation and every authority above the obligation's area. */
	void deliverWarning(long obligationId, long warningId, String kind, Parties parties, AreaCode area, Instant dueAt,
			Instant now) {
		deliver(obligationId, warningId, kind, parties, area, null, dueAt, now);
	}

	/** A deadline that moved when a provisional year's calendar arrived. */
	void deliverMove(long obligationId, Parties parties, AreaCode area, Instant previousDueAt, Instant dueAt,
			Instant now) {
		deliver(obligationId, null, "DEADLINE_MOVED", parties, area, previousDueAt, dueAt, now);
	}

	/**
	 * That an obligation started, to the owing organisation only; answers {@code false} when it was
	 * already told.
	 */
	boolean deliverOpened(long obligationId, long owedBy, Instant dueAt, Instant now) {
		return jdbc.sql("""
				insert into obligation_inbox_item (obligation_id, kind, recipient_organisation, due_at, created_at)
				values (:obligation, 'OPENED', :organisation, :due, :now)
				on conflict (obligation_id, recipient_organisation) where kind = 'OPENED' do nothing""")
			.param("obligation", obligationId)
			.param("organisation", owedBy)
			.param("due", Sql.timestamp(dueAt))
			.param("now", Sql.timestamp(now))
			.update() == 1;
	}

	private void deliver(long obligationId, Long warningId, String kind, Parties parties, AreaCode area,
			Instant previousDueAt, Instant dueAt, Instant now) {
		insert(obligationId, warningId, kind, parties.owedBy(), null, previousDueAt, dueAt, now);
		for (AreaCode authority : Recipients.authorities(area)) {
			insert(obligationId, warningId, kind, null, authority.value(), previousDueAt, dueAt, now);
		}
	}

	private void insert(long obligationId, Long warningId, String kind, Long organisation, String area,
			Instant previousDueAt, Instant dueAt, Instant now) {
		jdbc.sql("""
				insert into obligation_inbox_item
				  (obligation_id, warning_id, kind, recipient_organisation, recipient_area, due_at, previous_due_at, created_at)
				values (:obligation, :warning, :kind, :organisation, :area, :due, :previous, :now)""")
			.param("obligation", obligationId)
			.param("warning", warningId)
			.param("kind", kind)
			.param("organisation", organisation)
			.param("area", area)
			.param("due", Sql.timestamp(dueAt))
			.param("previous", Sql.timestamp(previousDueAt))
			.param("now", Sql.timestamp(now))
			.update();
	}

}
