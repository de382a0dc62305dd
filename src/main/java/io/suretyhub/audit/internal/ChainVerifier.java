package io.suretyhub.audit.internal;

import java.time.Clock;
import java.util.List;

import io.suretyhub.audit.AuditRecord;
import io.suretyhub.audit.ChainVerification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the chain in batches by sequence number (an index range each), inside one read-only
 * repeatable-read transaction, so that the head and every batch come from the same snapshot while
 * other nodes keep appending, and memory stays flat for millions of records.
 */
@Component
class ChainVerifier {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int batchSize;

	private final TransactionTemplate snapshot;

	ChainVerifier(JdbcClient jdbc, Clock clock, AuditSettings settings, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.batchSize = settings.verifyBatchSize();
		this.snapshot = new TransactionTemplate(transactions);
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	ChainVerification verify() {
		return snapshot.execute(status -> walk());
	}

	private ChainVerification walk() {
		var head = jdbc.sql("select last_sequence, last_hash from audit_chain_head where id = 1")
			.query(ChainHead.class)
			.single();
		var walk = new ChainWalk(head);
		long after = 0;
		List<AuditRecord> batch;
		do {
			batch = jdbc.sql("select " + AuditRecordRowMapper.COLUMNS
					+ " from audit_record where sequence_no > :after order by sequence_no limit :limit")
				.param("after", after)
				.param("limit", batchSize)
				.query(AuditRecordRowMapper.INSTANCE)
				.list();
			for (AuditRecord record : batch) {
				if (!walk.accept(record)) {
					return walk.finish(clock.instant());
				}
				after = record.sequence();
			}
		}
		while (batch.size() == batchSize);
		return walk.finish(clock.instant());
	}

}
