package io.suretyhub.payout.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completes a data key rotation (docs/payouts.md): at start, every worker row and notice document still
 * encrypted with a previous key is re-encrypted under the current key, 500 rows per transaction. Rows
 * already under the current key are not touched, so this costs one indexed-free scan when nothing is stale.
 */
@Component
class KeyRotation {

	private static final Logger log = LoggerFactory.getLogger(KeyRotation.class);

	private final JdbcClient jdbc;

	private final PersonalData personal;

	private final TransactionTemplate transactions;

	KeyRotation(JdbcClient jdbc, PersonalData personal, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.personal = personal;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void reencryptStaleRows() {
		int total = 0;
		int done;
		do {
			done = transactions.execute(status -> batch());
			total += done;
		}
		while (done > 0);
		if (total > 0) {
			log.info("Re-encrypted {} payout rows under data key {}", total, personal.currentKeyId());
		}
	}

	private int batch() {
		String current = personal.currentKeyId() + ":%";
		List<Long> workers = jdbc.sql("SELECT id FROM payout_worker WHERE id_cipher NOT LIKE :current LIMIT 500 FOR UPDATE")
			.param("current", current).query(Long.class).list();
		for (long id : workers) {
			jdbc.sql("SELECT id_cipher, phone_cipher, card_cipher FROM payout_worker WHERE id = :id").param("id", id)
				.query((rs, row) -> jdbc.sql("""
						UPDATE payout_worker SET id_cipher = :idCipher, phone_cipher = :phone, card_cipher = :card WHERE id = :id""")
					.param("id", id)
					.param("idCipher", personal.reencrypt(rs.getString(1)))
					.param("phone", personal.reencrypt(rs.getString(2)))
					.param("card", personal.reencrypt(rs.getString(3)))
					.update())
				.single();
		}
		List<Long> documents = jdbc.sql("""
				SELECT id FROM payout_case WHERE document_cipher IS NOT NULL
				  AND position(convert_to(:prefix, 'UTF8') IN document_cipher) <> 1 LIMIT 50 FOR UPDATE""")
			.param("prefix", personal.currentKeyId() + ":").query(Long.class).list();
		for (long id : documents) {
			byte[] stored = jdbc.sql("SELECT document_cipher FROM payout_case WHERE id = :id").param("id", id)
				.query((rs, row) -> rs.getBytes(1)).single();
			jdbc.sql("UPDATE payout_case SET document_cipher = :doc WHERE id = :id").param("id", id)
				.param("doc", personal.reencrypt(stored)).update();
		}
		return workers.size() + documents.size();
	}

}
