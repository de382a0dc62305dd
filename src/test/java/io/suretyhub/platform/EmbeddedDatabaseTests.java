package io.suretyhub.platform;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class EmbeddedDatabaseTests {

	@Autowired
	DataSource dataSource;

	@Test
	void applicationRunsOnARealPostgresqlAsAnUnprivilegedRole() {
		var jdbc = JdbcClient.create(dataSource);
		assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 18");
		assertThat(jdbc.sql("select current_user").query(String.class).single()).isEqualTo("suretyhub_app");
		assertThat(jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single())
			.isFalse();
	}

}
