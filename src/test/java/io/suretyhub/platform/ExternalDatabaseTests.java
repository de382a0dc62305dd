package io.suretyhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import javax.sql.DataSource;

import io.suretyhub.SuretyHubApplication;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With {@code SPRING_DATASOURCE_URL} set, SuretyHub uses that PostgreSQL: here a second, separate
 * server standing in for a production one, with an owner role that migrates and an app role that runs.
 */
class ExternalDatabaseTests {

	@Test
	void runsTheSameMigrationsOnAnotherPostgresql() throws Exception {
		var server = EmbeddedPostgresServer.forDirectory(Files.createTempDirectory("external-pg"));
		var admin = new PGSimpleDataSource();
		admin.setUrl("jdbc:postgresql://127.0.0.1:" + server.port() + "/postgres");
		admin.setUser("postgres");
		var jdbc = JdbcClient.create(admin);
		jdbc.sql("create role prod_owner login password 'owner-pw'").update();
		jdbc.sql("create role prod_app login password 'app-pw'").update();
		jdbc.sql("create database suretyhub_prod owner prod_owner").update();
		String url = "jdbc:postgresql://127.0.0.1:" + server.port() + "/suretyhub_prod";

		try (var context = new SpringApplicationBuilder(SuretyHubApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + url, "--spring.datasource.username=prod_app",
					"--spring.datasource.password=app-pw", "--spring.flyway.user=prod_owner",
					"--spring.flyway.password=owner-pw", "--spring.flyway.placeholders.app_role=prod_app",
					"--suretyhub.embedded-db.data-dir=/nonexistent-must-not-be-used",
					"--suretyhub.security.secret-key=" + java.util.Base64.getEncoder().encodeToString(new byte[32]))) {
			var app = JdbcClient.create(context.getBean(DataSource.class));
			assertThat(app.sql("select current_user").query(String.class).single()).isEqualTo("prod_app");
			var owner = new PGSimpleDataSource();
			owner.setUrl(url);
			owner.setUser("prod_owner");
			owner.setPassword("owner-pw");
			assertThat(JdbcClient.create(owner).sql("select count(*) from flyway_schema_history where not success")
				.query(Integer.class).single()).isZero();
			assertThat(app.sql("select count(*) from event_publication").query(Integer.class).single()).isZero();
			assertThat(context.getBeansOfType(EmbeddedDatabaseConfiguration.class)).isEmpty();
		}
		finally {
			server.stop();
		}
	}

}
