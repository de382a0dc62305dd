package io.suretyhub.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import io.suretyhub.audit.AuditTrail;
import io.suretyhub.calendar.TimeLimit;
import io.suretyhub.obligation.internal.Sweeper;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.testing.CalendarObligationTest;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.ObligationEventLog;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sweeper beside other transactions (R-SUP-4): several app nodes sweeping one database still make every
 * warning exactly once, and a row is skipped only while another sweeper or a change of the obligation holds it,
 * never because a transaction merely refers to it (an announcement writing the obligation's inbox message).
 */
@CalendarObligationTest
class ConcurrentSweepersTests {

	static final long OWED_BY = 950_001;

	static final int OBLIGATIONS = 150;

	@Autowired
	Obligations obligations;

	@Autowired
	Sweeper sweeper;

	@Autowired
	MutableClock clock;

	@Autowired
	ObligationEventLog events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	@Autowired
	DataSource dataSource;

	@Test
	@DisplayName("R-SUP-4: two sweepers at once turn every due obligation overdue with one warning, notice set, event, "
			+ "outbox publication and audit record per level, never two, even when both meet the same rows")
	void twoSweepersAtOnce() throws Exception {
		clock.setLocal("2026-03-02T09:00:00");
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < OBLIGATIONS; i++) {
			ids.add(obligations.open(new NewObligation(Parties.toAuthority(OWED_BY, AreaCode.of("654000")),
					new Subject("project", "sweep-" + i), "R-PRJ-2", AreaCode.of("654002"), clock.instant(),
					TimeLimit.workingDays(1))));
		}
		clock.setLocal("2026-03-20T09:00:00");

		sweepTwiceAtOnce();
		assertWarningsExactlyOnce(ids);

		jdbc.sql("update obligation set level = 'NONE', status = 'OPEN', next_sweep_at = started_at where owed_by = :owedBy")
			.param("owedBy", OWED_BY)
			.update();
		sweepTwiceAtOnce();
		assertWarningsExactlyOnce(ids);
	}

	@Test
	@DisplayName("R-SUP-4: an obligation whose inbox message another transaction is writing is still swept")
	void referringTransactionDoesNotHideTheObligation_R_SUP_4() throws Exception {
		clock.setLocal("2026-03-02T09:00:00");
		long id = obligations.open(new NewObligation(Parties.toAuthority(OWED_BY + 1, AreaCode.of("654000")),
				new Subject("project", "claim-lock"), "R-PRJ-2", AreaCode.of("654002"), clock.instant(),
				TimeLimit.workingDays(1)));
		clock.setLocal("2026-03-04T09:00:00");
		try (Connection other = dataSource.getConnection()) {
			other.setAutoCommit(false);
			try (PreparedStatement insert = other.prepareStatement("""
					insert into obligation_inbox_item (obligation_id, kind, recipient_organisation, due_at, created_at)
					values (?, 'OPENED', ?, ?, ?)""")) {
				insert.setLong(1, id);
				insert.setLong(2, OWED_BY + 1);
				insert.setTimestamp(3, Timestamp.from(clock.instant()));
				insert.setTimestamp(4, Timestamp.from(clock.instant()));
				insert.executeUpdate();
			}
			try {
				sweeper.sweep();
				assertThat(jdbc.sql("select status || ' ' || level from obligation where id = :id").param("id", id)
					.query(String.class).single()).isEqualTo("OVERDUE YELLOW");
			}
			finally {
				other.rollback();
			}
		}
	}

	/** Both sweepers start together; answers how many warnings they issued in all. */
	private int sweepTwiceAtOnce() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			var start = new CyclicBarrier(2);
			var first = CompletableFuture.supplyAsync(() -> await(start), pool);
			var second = CompletableFuture.supplyAsync(() -> await(start), pool);
			return first.get(2, TimeUnit.MINUTES) + second.get(2, TimeUnit.MINUTES);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private int await(CyclicBarrier start) {
		try {
			start.await(1, TimeUnit.MINUTES);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return sweeper.sweep();
	}

	private void assertWarningsExactlyOnce(List<Long> ids) {
		assertThat(jdbc.sql("""
				select count(*) from obligation o where o.owed_by = :owedBy and o.status = 'OVERDUE' and o.level = 'RED'
				  and (select count(*) from obligation_warning w where w.obligation_id = o.id) = 3""")
			.param("owedBy", OWED_BY)
			.query(Long.class)
			.single()).isEqualTo(OBLIGATIONS);
		var levels = jdbc.sql("""
				select w.level, count(*) from obligation_warning w join obligation o on o.id = w.obligation_id
				where o.owed_by = :owedBy group by w.level order by w.level""")
			.param("owedBy", OWED_BY)
			.query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2))
			.list();
		assertThat(levels).containsExactly("ORANGE=150", "RED=150", "YELLOW=150");
		assertThat(events.of(ObligationOverdue.class)).filteredOn(e -> ids.contains(e.obligationId()))
			.hasSize(OBLIGATIONS)
			.extracting(ObligationOverdue::obligationId)
			.doesNotHaveDuplicates();
		assertThat(events.of(ObligationEscalated.class)).filteredOn(e -> ids.contains(e.obligationId()))
			.hasSize(2 * OBLIGATIONS);
		assertThat(jdbc.sql("select count(*) from obligation_inbox_item where recipient_organisation = :owedBy")
			.param("owedBy", OWED_BY)
			.query(Long.class)
			.single()).isEqualTo(3L * OBLIGATIONS);
		assertThat(jdbc.sql("""
				select count(distinct (object_id, detail)) filter (where object_id in (select id::text from obligation where owed_by = :owedBy)),
				       count(*) filter (where object_id in (select id::text from obligation where owed_by = :owedBy))
				from audit_record where action = 'obligation.warning'""")
			.param("owedBy", OWED_BY)
			.query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2)))
			.single()).as("one audit record per warning, none twice").containsExactly(3L * OBLIGATIONS, 3L * OBLIGATIONS);
		assertThat(audit.verify().intact()).as("the chain stays intact with batched appends").isTrue();
		assertThat(jdbc.sql("""
				select listener_id, count(*) from event_publication
				where event_type = :type and (serialized_event::jsonb -> 'parties' ->> 'owedBy')::bigint = :owedBy
				group by listener_id""")
			.param("type", ObligationOverdue.class.getName())
			.param("owedBy", OWED_BY)
			.query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2))
			.list()).as("every listener of another module gets each ObligationOverdue once per round")
			.anyMatch(row -> row.startsWith("io.suretyhub.openapi.internal.EventOutbox.on("))
			.anyMatch(row -> row.startsWith("io.suretyhub.statistics.internal.EventFeed.on("))
			.allMatch(row -> row.endsWith("=" + OBLIGATIONS));
	}

}
