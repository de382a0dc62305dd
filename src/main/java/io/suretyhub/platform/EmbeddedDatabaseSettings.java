package io.suretyhub.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param dataDir where the cluster lives between runs; blank for a throw-away directory (tests)
 * @param freshDatabase whether each application context gets a database of its own (tests)
 * @param poolSize connections the application keeps open
 */
@ConfigurationProperties("suretyhub.embedded-db")
record EmbeddedDatabaseSettings(@DefaultValue("./data/postgres") String dataDir,
		@DefaultValue("false") boolean freshDatabase, @DefaultValue("10") int poolSize) {
}
