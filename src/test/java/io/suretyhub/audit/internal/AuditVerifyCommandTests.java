package io.suretyhub.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.suretyhub.SuretyHubApplication;
import io.suretyhub.audit.AuditDatabase;
import io.suretyhub.audit.AuditIntegrationTest;
import io.suretyhub.audit.AuditTrail;
import io.suretyhub.shared.AuditEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.support.GenericApplicationContext;

@AuditIntegrationTest
class AuditVerifyCommandTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	MessageSource messages;

	@Autowired
	AuditDatabase database;

	final List<Integer> exits = new ArrayList<>();

	final ByteArrayOutputStream out = new ByteArrayOutputStream();

	GenericApplicationContext application;

	@BeforeEach
	void threeRecords() {
		database.reset();
		for (int i = 1; i <= 3; i++) {
			trail.append(AuditEvent.success("policy.issue", "policy", i, null));
		}
		application = new GenericApplicationContext();
		application.refresh();
	}

	AuditVerifyCommand command() {
		return new AuditVerifyCommand(trail, messages, application, exits::add,
				new PrintStream(out, true, StandardCharsets.UTF_8));
	}

	String printed() {
		return out.toString(StandardCharsets.UTF_8);
	}

	@Test
	@DisplayName("Without --audit-verify the command does nothing: normal starts and tests go on")
	void ordinaryStartIsUntouched() throws Exception {
		command().run(new DefaultApplicationArguments("--server.port=8080"));

		assertThat(exits).isEmpty();
		assertThat(printed()).isEmpty();
		assertThat(application.isActive()).isTrue();
	}

	@Test
	@DisplayName("--audit-verify on an intact chain prints the count in Chinese and English, closes and exits 0")
	void intactChainExitsZero() throws Exception {
		command().run(new DefaultApplicationArguments("--audit-verify"));

		assertThat(exits).containsExactly(0);
		assertThat(printed()).contains("审计链完整：共 3 条记录").contains("Audit chain intact: 3 records");
		assertThat(application.isActive()).isFalse();
	}

	@Test
	@DisplayName("--audit-verify on a tampered chain names the record and exits 1")
	void brokenChainExitsOne() throws Exception {
		database.tamper("delete from audit_record where sequence_no = 2");

		command().run(new DefaultApplicationArguments("--audit-verify"));

		assertThat(exits).containsExactly(1);
		assertThat(printed()).contains("第 2 号记录被删除").contains("record 2 was removed");
	}

	@Test
	@DisplayName("Started with --audit-verify, the application serves no HTTP, verifies and exits")
	void applicationStartedWithTheOptionExitsWithoutServing() {
		List<Integer> statuses = new ArrayList<>();
		var context = new SpringApplicationBuilder(SuretyHubApplication.class)
			.initializers(c -> c.getBeanFactory().registerSingleton("testExit", (ProcessExit) statuses::add))
			.run("--audit-verify");

		assertThat(statuses).containsExactly(0);
		assertThat(context.isActive()).isFalse();
		assertThat(context.getEnvironment().getProperty("server.port")).isEqualTo("-1");
		assertThat(((WebServerApplicationContext) context).getWebServer().getPort()).isEqualTo(-1);
	}

}
