package io.suretyhub.statistics.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The worker a payout payment went to, as the payout module identifies a worker: the roster line of the
 * notice ({@code payout_worker.id}). Only the opaque number is read, never the worker's personal data.
 */
@Component
class WorkerOf {

	private final JdbcClient jdbc;

	WorkerOf(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long payment(long paymentId) {
		return jdbc.sql("SELECT worker_id FROM payout_payment WHERE id = :id").param("id", paymentId)
			.query(Long.class)
			.single();
	}

}
