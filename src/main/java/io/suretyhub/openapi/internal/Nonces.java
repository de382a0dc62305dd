package io.suretyhub.openapi.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Each nonce is accepted once per app id: the first insert wins (a primary key, so also across
 * nodes); rows are kept until no request carrying them could pass the timestamp check any more.
 */
@Component
class Nonces {

	static final Duration KEEP = RequestAuthenticator.SKEW.multipliedBy(2).plusMinutes(1);

	private final JdbcClient jdbc;

	private final Clock clock;

	Nonces(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether this is the first use of the nonce. */
	boolean firstUse(String appId, String nonce) {
		return jdbc.sql("INSERT INTO openapi_nonce (app_id, nonce, expires_at) VALUES (:app, :nonce, :expires)"
				+ " ON CONFLICT DO NOTHING")
			.param("app", appId).param("nonce", nonce).param("expires", Timestamp.from(clock.instant().plus(KEEP)))
			.update() == 1;
	}

	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	void forgetExpired() {
		jdbc.sql("DELETE FROM openapi_nonce WHERE expires_at < :now").param("now", Timestamp.from(clock.instant())).update();
	}

}
