package io.suretyhub.platform;

import java.nio.file.Path;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts the embedded PostgreSQL as soon as the configuration is known, in the background, instead of
 * when the data source is first needed: initdb (first start) and pg_ctl then run while Spring builds the
 * application context, and {@link EmbeddedDatabaseConfiguration} only waits for what is left. Nothing
 * happens with an external database ({@code spring.datasource.url}) or without a data directory (tests,
 * which get a throw-away one each). Registered in {@code META-INF/spring.factories}.
 */
class EarlyEmbeddedPostgres implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

	@Override
	public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
		Environment environment = event.getEnvironment();
		String url = environment.getProperty("spring.datasource.url");
		String dataDir = environment.getProperty("suretyhub.embedded-db.data-dir", "./data/postgres");
		if ((url == null || url.isBlank()) && !dataDir.isBlank()) {
			EmbeddedPostgresServer.startInBackground(Path.of(dataDir));
		}
	}

}
