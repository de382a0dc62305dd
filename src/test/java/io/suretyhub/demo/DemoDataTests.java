package io.suretyhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.suretyhub.identity.Accounts;
import io.suretyhub.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The first start on an empty database creates the demo and prints every login once. */
@SpringBootTest(properties = "suretyhub.demo.enabled=true")
@ExtendWith(OutputCaptureExtension.class)
class DemoDataTests {

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoData demo;

	@Test
	void createsALoginForEveryRoleAndPrintsThemOnce(CapturedOutput output) {
		for (String login : new String[] { "region", "urumqi", "kashgar", "changji", "regulator", "hanhai-admin",
				"hanhai-staff", "kunlun-admin", "silu-staff", "tianshan", "yili-river", "sysadmin", "secadmin",
				"auditadmin" }) {
			assertThat(accounts.exists(login)).as(login).isTrue();
		}
		assertThat(accounts.findScope("kashgar").orElseThrow().area().value()).isEqualTo("653100");
		assertThat(accounts.findScope("silu-staff").orElseThrow().role()).isEqualTo(Role.INSURER_STAFF);
		assertThat(jdbc.sql("select count(*) from organisation where kind = 'CONTRACTOR'").query(Integer.class).single())
			.isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from project").query(Integer.class).single()).isGreaterThanOrEqualTo(5);

		demo.onReady();
		assertThat(output.getOut()).contains("were printed at the first start");
		assertThat(jdbc.sql("select count(*) from organisation where kind = 'CONTRACTOR'").query(Integer.class).single())
			.isEqualTo(5);
	}

}
