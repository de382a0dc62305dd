package io.suretyhub.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;

import javax.sql.DataSource;

import io.suretyhub.audit.AuditDatabase;
import io.suretyhub.audit.AuditIntegrationTest;
import io.suretyhub.audit.AuditTrail;
import io.suretyhub.shared.AuditEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

@AuditIntegrationTest
class AppendOnlyTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	@FlywayDataSource
	DataSource superuser;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditDatabase database;

	@BeforeEach
	void oneRecord() {
		database.reset();
		trail.append(AuditEvent.success("login", "account", 1, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "update audit_record set detail = 'x'", "delete from audit_record",
			"truncate audit_record", "delete from audit_chain_head" })
	@DisplayName("The application's database role gets a permission error when it changes or removes audit rows")
	void applicationRoleMayNotChangeTheTrail(String sql) {
		assertThatThrownBy(() -> JdbcClient.create(dataSource).sql(sql).update()).rootCause()
			.isInstanceOf(SQLException.class)
			.hasMessageContaining("permission denied")
			.satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
		assertThat(database.count()).isOne();
	}

	@ParameterizedTest
	@ValueSource(strings = { "update audit_record set detail = 'x'", "delete from audit_record", "truncate audit_record",
			"delete from audit_chain_head" })
	@DisplayName("Even the superuser is refused by the trigger while it is enabled")
	void triggerRefusesEveryone(String sql) {
		assertThatThrownBy(() -> JdbcClient.create(superuser).sql(sql).update()).rootCause()
			.hasMessageContaining("append-only");
		assertThat(database.count()).isOne();
	}

}
