package io.suretyhub.obligation.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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

	/**
	 * Each warning to the owing organisation and every authority above the obligation's area, all in one
	 * statement.
	 */
	void deliverWarnings(List<SweepStore.Issued> warnings, Instant now) {
		List<Long> obligations = new ArrayList<>();
		List<Long> warningIds = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		List<Long> organisations = new ArrayList<>();
		List<String> areas = new ArrayList<>();
		List<String> dueAt = new ArrayList<>();
		for (SweepStore.Issued warning : warnings) {
			DueObligation obligation = warning.obligation();
			List<AreaCode> authorities = new ArrayList<>(Recipients.authorities(obligation.area()));
			for (int i = -1; i < authorities.size(); i++) {
				obligations.add(obligation.id());
				warningIds.add(warning.warningId());
				kinds.add(warning.level().name());
				organisations.add(i < 0 ? obligation.parties().owedBy() : null);
				areas.add(i < 0 ? null : authorities.get(i).value());
				dueAt.add(obligation.stages().dueAt().toString());
			}
		}
		if (obligations.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into obligation_inbox_item
				  (obligation_id, warning_id, kind, recipient_organisation, recipient_area, due_at, created_at)
				select i.obligation_id, i.warning_id, i.kind, i.organisation, i.area, i.due_at::timestamptz, :now
				from unnest(cast(:obligations as bigint[]), cast(:warnings as bigint[]), cast(:kinds as text[]),
				            cast(:organisations as bigint[]), cast(:areas as text[]), cast(:due as text[]))
				     as i(obligation_id, warning_id, kind, organisation, area, due_at)""")
			.param("obligations", obligations.toArray(Long[]::new))
			.param("warnings", warningIds.toArray(Long[]::new))
			.param("kinds", kinds.toArray(String[]::new))
			.param("organisations", organisations.toArray(Long[]::new))
			.param("areas", areas.toArray(String[]::new))
			.param("due", dueAt.toArray(String[]::new))
			.param("now", Sql.timestamp(now))
			.update();
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
