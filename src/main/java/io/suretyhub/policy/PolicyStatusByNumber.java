package io.suretyhub.policy;

import java.util.Locale;
import java.util.Optional;

import io.suretyhub.document.PolicyStatusLookup;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Public verification shows the policy's current status (in force, expired, surrendered, exhausted…). */
@Component
class PolicyStatusByNumber implements PolicyStatusLookup {

	private final JdbcClient jdbc;

	PolicyStatusByNumber(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<String> status(String policyNumber) {
		return jdbc.sql("select status from policy where number = :number")
			.param("number", policyNumber)
			.query(String.class)
			.optional()
			.map(PolicyStatusByNumber::key);
	}

	static String key(String status) {
		return switch (PolicyStatus.valueOf(status)) {
			case ISSUED, IN_FORCE, EXPIRED, SURRENDERED, EXHAUSTED -> status.toLowerCase(Locale.ROOT);
			case RENEWED, CLOSED -> "expired";
			case SURRENDER_REQUESTED -> "in_force";
			case APPLIED, REFUSED -> "issued";
		};
	}

}
