package io.suretyhub.platform;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * With no {@code SPRING_DATASOURCE_URL}, SuretyHub runs on its own embedded PostgreSQL. Migrations run
 * as the server's superuser; the application connects as {@code suretyhub_app}, a role that may not
 * change what it must not (the audit trail, for one).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedDatabaseSettings.class)
class EmbeddedDatabaseConfiguration {

	static final String APP_ROLE = "suretyhub_app";

	@Bean
	EmbeddedDatabase embeddedDatabase(EmbeddedDatabaseSettings settings) throws Exception {
		EmbeddedPostgresServer server = settings.dataDir().isBlank() ? EmbeddedPostgresServer.temporary()
				: EmbeddedPostgresServer.forDirectory(Path.of(settings.dataDir()));
		String name = settings.freshDatabase() ? "suretyhub_" + UUID.randomUUID().toString().replace("-", "")
				: "suretyhub";
		var admin = superuser(server, "postgres");
		try (Connection c = admin.getConnection(); var s = c.createStatement()) {
			var role = s.executeQuery("select 1 from pg_roles where rolname = '" + APP_ROLE + "'");
			if (!role.next()) {
				s.execute("create role " + APP_ROLE + " login");
			}
			var db = s.executeQuery("select 1 from pg_database where datname = '" + name + "'");
			if (!db.next()) {
				s.execute("create database " + name);
			}
		}
		return new EmbeddedDatabase(server.port(), name);
	}

	@Bean
	@Primary
	DataSource dataSource(EmbeddedDatabase database, EmbeddedDatabaseSettings settings) {
		var pool = new HikariDataSource();
		pool.setJdbcUrl(database.jdbcUrl());
		pool.setUsername(APP_ROLE);
		pool.setMaximumPoolSize(settings.poolSize());
		pool.setPoolName("suretyhub");
		return pool;
	}

	@Bean
	@FlywayDataSource
	DataSource migrationDataSource(EmbeddedDatabase database) {
		var ds = new PGSimpleDataSource();
		ds.setUrl(database.jdbcUrl());
		ds.setUser("postgres");
		return ds;
	}

	private static PGSimpleDataSource superuser(EmbeddedPostgresServer server, String database) {
		var ds = new PGSimpleDataSource();
		ds.setUrl("jdbc:postgresql://127.0.0.1:" + server.port() + "/" + database);
		ds.setUser("postgres");
		return ds;
	}

	/** Where the embedded database listens; tests use it to reach the database as its superuser. */
	record EmbeddedDatabase(int port, String name) {

		String jdbcUrl() {
			return "jdbc:postgresql://127.0.0.1:" + port + "/" + name;
		}

		Connection superuserConnection() throws SQLException {
			var ds = new PGSimpleDataSource();
			ds.setUrl(jdbcUrl());
			ds.setUser("postgres");
			return ds.getConnection();
		}

	}

}
