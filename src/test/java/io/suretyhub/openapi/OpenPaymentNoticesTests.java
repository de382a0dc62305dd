package io.suretyhub.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.awaitility.Awaitility;

import io.suretyhub.openapi.internal.InsurerSystems;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.payout.ArrearsCases;
import io.suretyhub.payout.NewDecision;
import io.suretyhub.payout.NoticeRequest;
import io.suretyhub.payout.PayoutFixtures;
import io.suretyhub.project.Projects;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;
import io.suretyhub.testing.TestPrincipals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest(properties = "suretyhub.openapi.webhooks.enabled=false")
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class OpenPaymentNoticesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	Projects projects;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ArrearsCases cases;

	@Autowired
	InsurerSystems systems;

	PayoutFixtures f;

	SignedMvc system;

	SignedMvc otherSystem;

	@BeforeEach
	void parties() {
		clock.setLocal("2026-11-23T09:00:00");
		f = new PayoutFixtures(organisations, projects, jdbc, "100000.00");
		PayoutFixtures other = new PayoutFixtures(organisations, projects, jdbc, "100000.00");
		system = connect(f.insurerId, "赔付系统");
		otherSystem = connect(other.insurerId, "另一赔付系统");
	}

	@Test
	@DisplayName("R-CLM-2: the payment notice reaches the policy's insurer as an event, and only that insurer's system")
	void noticeIssuedEvent() throws Exception {
		long caseId = issued(2, "3000.50");
		Awaitility.await().untilAsserted(() -> system.get("/open/v1/events?after=0")
			.andExpect(jsonPath("$.events[*].event.type", hasItem("payment-notice.issued"))));
		system.get("/open/v1/events?after=0")
			.andExpect(jsonPath("$.events[?(@.event.type == 'payment-notice.issued')].event.data.noticeId").value(hasItem((int) caseId)))
			.andExpect(jsonPath("$.events[?(@.event.type == 'payment-notice.issued')].event.data.insurerShare").value(hasItem(6001.0)))
			.andExpect(jsonPath("$.events[?(@.event.type == 'payment-notice.issued')].event.data.workers").value(hasItem(2)));
		otherSystem.get("/open/v1/events?after=0").andExpect(jsonPath("$.events[*].event.type", not(hasItem("payment-notice.issued"))));
	}

	@Test
	@DisplayName("R-CLM-2, R-GEO-2: the insurer lists its notices and reads the roster in full, each worker's display audited; another insurer gets 404")
	void noticesAndRoster() throws Exception {
		long caseId = issued(2, "3000.50");
		system.get("/open/v1/payment-notices")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(caseId))
			.andExpect(jsonPath("$[0].status").value("NOTICE_ISSUED"))
			.andExpect(jsonPath("$[0].insurerOutstanding").value(6001.0));
		otherSystem.get("/open/v1/payment-notices").andExpect(jsonPath("$[*].id", not(hasItem((int) caseId))));
		system.get("/open/v1/payment-notices/" + caseId)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.policyId").value(f.policyId))
			.andExpect(jsonPath("$.workers[0].line").value(1))
			.andExpect(jsonPath("$.workers[0].idNumber").value(PayoutFixtures.idNumber(1)))
			.andExpect(jsonPath("$.workers[1].bankCard").value(PayoutFixtures.card(2)))
			.andExpect(jsonPath("$.workers[1].amount").value(3000.5));
		Awaitility.await().untilAsserted(() -> assertThat(jdbc.sql("""
				SELECT count(*) FROM audit_record WHERE action = 'payout.worker.reveal' AND detail = :detail AND actor = :actor""")
			.param("detail", "case=" + caseId).param("actor", "system:" + system.appId).query(Integer.class).single()).isEqualTo(2));
		otherSystem.get("/open/v1/payment-notices/" + caseId)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("NOT_FOUND"));
		system.get("/open/v1/payment-notices/" + (caseId + 100000)).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("R-CLM-5: a payment is recorded once per bank reference and per Idempotency-Key; beyond the remaining sum insured it is refused with the rule")
	void reportPayments() throws Exception {
		long caseId = issued(2, "3000.50");
		pay(caseId, 1, "BANK-" + f.token + "-1", "3000.50", "pay-" + f.token + "-1")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.repeated").value(false))
			.andExpect(jsonPath("$.insurerOutstanding").value(3000.5));
		pay(caseId, 1, "BANK-" + f.token + "-1", "3000.50", "pay-" + f.token + "-1")
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"));
		pay(caseId, 1, "BANK-" + f.token + "-1", "3000.50", "pay-" + f.token + "-1b")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.repeated").value(true));
		pay(caseId, 2, "BANK-" + f.token + "-1", "3000.50", "pay-" + f.token + "-1")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_REUSED"));
		assertThat(remaining()).isEqualByComparingTo("96999.50");
		otherSystem.post("/open/v1/payment-notices/" + caseId + "/payments", body(2, "BANK-" + f.token + "-x", "10"),
				"pay-" + f.token + "-other").andExpect(status().isNotFound());

		jdbc.sql("UPDATE policy SET remaining = 1000 WHERE id = :id").param("id", f.policyId).update();
		pay(caseId, 2, "BANK-" + f.token + "-2", "3000.50", "pay-" + f.token + "-2")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("RULE_VIOLATION"))
			.andExpect(jsonPath("$.rule").value("R-CLM-5"));
		assertThat(remaining()).isEqualByComparingTo("1000");
		pay(caseId, 2, "BANK-" + f.token + "-2", "3000.505", "pay-" + f.token + "-3")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("amount"));
		system.get("/open/v1/payment-notices/" + caseId).andExpect(jsonPath("$.workers[0].paid").value(3000.5))
			.andExpect(jsonPath("$.workers[1].paid").value(0.0));
	}

	ResultActions pay(long caseId, int line, String reference, String amount, String key) throws Exception {
		return system.post("/open/v1/payment-notices/" + caseId + "/payments", body(line, reference, amount), key);
	}

	String body(int line, String reference, String amount) {
		return """
				{"line": %d, "bankReference": "%s", "amount": %s, "paidAt": "%s"}""".formatted(line, reference,
				new BigDecimal(amount).toPlainString(), clock.instant());
	}

	long issued(int workers, String amount) {
		long caseId = cases.decide(new NewDecision(f.projectId, "喀人社责令〔2026〕" + f.token + "号", LocalDate.parse("2026-11-20"),
				LocalDate.parse("2026-11-21"), new BigDecimal(amount).multiply(BigDecimal.valueOf(workers)), workers), f.authority);
		cases.recordUnpaid(caseId, f.authority);
		cases.issueNotice(caseId, new NoticeRequest("负责人甲", "经办人乙", "0998-1234567", PayoutFixtures.roster(workers, amount)),
				f.authority);
		return caseId;
	}

	BigDecimal remaining() {
		return jdbc.sql("SELECT remaining FROM policy WHERE id = :id").param("id", f.policyId).query(BigDecimal.class).single();
	}

	SignedMvc connect(long insurerId, String name) {
		var issued = systems.register(name, TestPrincipals.scope(Role.INSURER_ADMIN, insurerId, "650000"));
		return SignedMvc.hmac(mvc, clock, issued.appId(), issued.secret());
	}

}
