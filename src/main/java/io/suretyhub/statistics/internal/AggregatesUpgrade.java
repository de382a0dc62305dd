package io.suretyhub.statistics.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A database that had statistics before the pre-aggregated read models existed has monthly figures but no
 * {@code stat_figure} rows (the projection writes both in one transaction otherwise): rebuild once at start.
 */
@Component
class AggregatesUpgrade {

	private static final Logger log = LoggerFactory.getLogger(AggregatesUpgrade.class);

	private final JdbcClient jdbc;

	private final Rebuild rebuild;

	AggregatesUpgrade(JdbcClient jdbc, Rebuild rebuild) {
		this.jdbc = jdbc;
		this.rebuild = rebuild;
	}

	@EventListener(ApplicationReadyEvent.class)
	void fillOnce() {
		boolean missing = jdbc.sql("SELECT EXISTS (SELECT 1 FROM stat_month) AND NOT EXISTS (SELECT 1 FROM stat_figure)")
			.query(Boolean.class)
			.single();
		if (missing) {
			log.info("Statistics: pre-aggregated read models missing, rebuilding them from the records");
			log.info("Statistics: rebuilt, {} policies projected", rebuild.run());
		}
	}

}
