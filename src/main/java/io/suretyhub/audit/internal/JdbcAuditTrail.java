package io.suretyhub.audit.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import io.suretyhub.audit.AuditRecord;
import io.suretyhub.audit.AuditTrail;
import io.suretyhub.audit.ChainVerification;
import io.suretyhub.shared.AuditEvent;

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

	private final Clock clock;

	private final RequestOrigin origin;

	private final ChainVerifier verifier;

	private final TransactionTemplate joining;

	private final TransactionTemplate separate;

	JdbcAuditTrail(JdbcClient jdbc, Clock clock, RequestOrigin origin, ChainVerifier verifier,
			PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.origin = origin;
		this.verifier = verifier;
		this.joining = new TransactionTemplate(transactions);
		this.separate = new TransactionTemplate(transactions);
		this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Override
	public AuditRecord append(AuditEvent event) {
		Assert.hasText(event.action(), "An audit event names its action");
		Assert.notNull(event.outcome(), "An audit event has an outcome");
		boolean readOnly = TransactionSynchronizationManager.isActualTransactionActive()
				&& TransactionSynchronizationManager.isCurrentTransactionReadOnly();
		return (readOnly ? separate : joining).execute(status -> appendLocked(event));
	}

	@Override
	public ChainVerification verify() {
		return verifier.verify();
	}

	private AuditRecord appendLocked(AuditEvent event) {
		ChainHead head = jdbc.sql("select last_sequence, last_hash from audit_chain_head where id = 1 for update")
			.query(ChainHead.class)
			.single();
		var unsigned = new AuditRecord(head.lastSequence() + 1, clock.instant().truncatedTo(ChronoUnit.MICROS),
				origin.actor(event), origin.sourceAddress(), event.action(), event.objectType(), event.objectId(),
				event.outcome(), event.detail(), head.lastHash(), null);
		var record = withHash(unsigned, ChainHasher.hash(unsigned));
		jdbc.sql("insert into audit_record (" + AuditRecordRowMapper.COLUMNS + ") values (:sequence, :occurredAt, "
				+ ":actor, :sourceAddress, :action, :objectType, :objectId, :outcome, :detail, :previousHash, :hash)")
			.param("sequence", record.sequence())
			.param("occurredAt", record.occurredAt().atOffset(ZoneOffset.UTC))
			.param("actor", record.actor())
			.param("sourceAddress", record.sourceAddress())
			.param("action", record.action())
			.param("objectType", record.objectType())
			.param("objectId", record.objectId())
			.param("outcome", record.outcome().name())
			.param("detail", record.detail())
			.param("previousHash", record.previousHash())
			.param("hash", record.hash())
			.update();
		jdbc.sql("update audit_chain_head set last_sequence = :sequence, last_hash = :hash where id = 1")
			.param("sequence", record.sequence())
			.param("hash", record.hash())
			.update();
		return record;
	}

	private static AuditRecord withHash(AuditRecord r, String hash) {
		return new AuditRecord(r.sequence(), r.occurredAt(), r.actor(), r.sourceAddress(), r.action(), r.objectType(),
				r.objectId(), r.outcome(), r.detail(), r.previousHash(), hash);
	}

}
