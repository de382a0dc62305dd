package io.suretyhub.audit.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import io.suretyhub.audit.AuditRecord;
import io.suretyhub.audit.AuditTrail;
import io.suretyhub.audit.ChainVerification;
import io.suretyhub.shared.AuditEvent;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.Assert;

/**
 * Appends under a row lock on the chain's head ({@code SELECT … FOR UPDATE}), held until the
 * appending transaction ends: a second writer, on this node or another, waits and then reads the
 * new head, so sequence numbers stay gapless and the chain never forks.
 */
@Service
class JdbcAuditTrail implements AuditTrail {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Clock clock;

	private final RequestOrigin origin;

	private final ChainVerifier verifier;

	private final TransactionTemplate joining;

	private final TransactionTemplate separate;

	JdbcAuditTrail(JdbcClient jdbc, JdbcTemplate batch, Clock clock, RequestOrigin origin, ChainVerifier verifier,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
		this.origin = origin;
		this.verifier = verifier;
		this.joining = new TransactionTemplate(transactions);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public AuditRecord append(AuditEvent event) {
		check(event);
		boolean readOnly = TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		return (readOnly ? separate : joining).execute(status -> appendLocked(event));
	}

	@Override
	public List<AuditRecord> appendAll(List<AuditEvent> events) {
		if (events.isEmpty()) {
			return List.of();
		}
		events.forEach(JdbcAuditTrail::check);
		boolean readOnly = TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		return (readOnly ? separate : joining).execute(status -> appendAllLocked(events));
	}

	@Override
	public ChainVerification verify() {
		return verifier.verify();
	}

	private AuditRecord appendLocked(AuditEvent event) {
		return appendAllLocked(List.of(event)).get(0);
	}

	private List<AuditRecord> appendAllLocked(List<AuditEvent> events) {
		ChainHead head = jdbc.sql("select last_sequence, last_hash from audit_chain_head where id = 1 for update")
			.query(ChainHead.class)
			.single();
		List<AuditRecord> records = new ArrayList<>(events.size());
		long sequence = head.lastSequence();
		String previousHash = head.lastHash();
		for (AuditEvent event : events) {
			var unsigned = new AuditRecord(++sequence, clock.instant().truncatedTo(ChronoUnit.MICROS),
					origin.actor(event), origin.sourceAddress(), event.action(), event.objectType(), event.objectId(),
					event.outcome(), event.detail(), previousHash, null);
			var record = withHash(unsigned, ChainHasher.hash(unsigned));
			records.add(record);
			previousHash = record.hash();
		}
		batch.batchUpdate("insert into audit_record (" + AuditRecordRowMapper.COLUMNS
				+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", records, records.size(), (ps, record) -> {
					ps.setLong(1, record.sequence());
					ps.setObject(2, record.occurredAt().atOffset(ZoneOffset.UTC));
					ps.setString(3, record.actor());
					ps.setString(4, record.sourceAddress());
					ps.setString(5, record.action());
					ps.setString(6, record.objectType());
					ps.setString(7, record.objectId());
					ps.setString(8, record.outcome().name());
					ps.setString(9, record.detail());
					ps.setString(10, record.previousHash());
					ps.setString(11, record.hash());
				});
		AuditRecord last = records.get(records.size() - 1);
		jdbc.sql("update audit_chain_head set last_sequence = :sequence, last_hash = :hash where id = 1")
			.param("sequence", last.sequence())
			.param("hash", last.hash())
			.update();
		return records;
	}

	private static void check(AuditEvent event) {
		Assert.hasText(event.action(), "An audit event names its action");
		Assert.notNull(event.outcome(), "An audit event has an outcome");
	}

	private static AuditRecord withHash(AuditRecord r, String hash) {
		return new AuditRecord(r.sequence(), r.occurredAt(), r.actor(), r.sourceAddress(), r.action(), r.objectType(),
				r.objectId(), r.outcome(), r.detail(), r.previousHash(), hash);
	}

}
