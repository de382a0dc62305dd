package io.suretyhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** The embedded PostgreSQL started in the background is the one the data source then gets. */
class EarlyEmbeddedPostgresTests {

	@Test
	@DisplayName("A server started in the background is waited for and shared, not started twice")
	void backgroundStartIsJoined() throws Exception {
		Path directory = Files.createTempDirectory("suretyhub-early-pg");
		EmbeddedPostgresServer.startInBackground(directory);
		EmbeddedPostgresServer server = EmbeddedPostgresServer.forDirectory(directory);
		try {
			assertThat(EmbeddedPostgresServer.forDirectory(directory.resolve(".").normalize())).isSameAs(server);
			var ds = new PGSimpleDataSource();
			ds.setUrl("jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres");
			ds.setUser("postgres");
			try (Connection c = ds.getConnection(); var rs = c.createStatement().executeQuery("select 1")) {
				assertThat(rs.next()).isTrue();
			}
			assertThat(directory.resolve("PG_VERSION")).exists();
		}
		finally {
			server.stop();
		}
	}

}
