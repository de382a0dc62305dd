package io.suretyhub.policy.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import io.suretyhub.policy.PolicyEvent;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps each rejected surrender application (R-POL-7) with its reason, written in the rejecting
 * transaction, so the policy page can tell the contractor why.
 */
@Component
class SurrenderRejections {

	/** A rejection; {@code on} is the local time of the rejection, as the page shows it. */
	record Rejection(String reason, String on) {
	}

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final JdbcClient jdbc;

	private final Clock clock;

	SurrenderRejections(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void on(PolicyEvent.SurrenderRejected rejected) {
		jdbc.sql("""
				INSERT INTO policy_surrender_rejection (policy_id, rejected_by, reason, rejected_at)
				VALUES (:policy, :by, :reason, :at)""")
			.param("policy", rejected.policyId())
			.param("by", rejected.rejectedBy())
			.param("reason", rejected.reason())
			.param("at", Timestamp.from(rejected.at()))
			.update();
	}

	Optional<Rejection> latest(long policyId) {
		return jdbc.sql("""
				SELECT reason, rejected_at FROM policy_surrender_rejection
				WHERE policy_id = :policy ORDER BY rejected_at DESC, id DESC LIMIT 1""")
			.param("policy", policyId)
			.query((rs, n) -> new Rejection(rs.getString(1),
					MINUTES.format(rs.getTimestamp(2).toInstant().atZone(clock.getZone()))))
			.optional();
	}

}
