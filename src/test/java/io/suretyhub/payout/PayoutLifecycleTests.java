package io.suretyhub.payout;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import com.jayway.jsonpath.JsonPath;

import io.suretyhub.organisation.Organisations;
import io.suretyhub.project.Projects;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class PayoutLifecycleTests {

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
	JsonMapper json;

	@Autowired
	Aftermath aftermath;

	PayoutFixtures f;

	@BeforeEach
	void parties() {
		clock.setLocal("2026-11-23T09:00:00");
		f = new PayoutFixtures(organisations, projects, jdbc, "100000.00");
	}

	@Test
	@DisplayName("R-CLM-1/2/5/6/7 through /api/v1: decision, missed deadline, notice to the insurer of the policy in force, payments once per bank reference, obligations opened and met")
	void decisionToFullPayment() throws Exception {
		long caseId = decide("2026-11-20", "2026-11-24");
		send(post("/api/v1/payouts/cases/" + caseId + "/unpaid"), f.authority, "").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("R-CLM-1"));
		clock.setLocal("2026-11-25T09:00:00");
		send(post("/api/v1/payouts/cases/" + caseId + "/unpaid"), f.authority, "").andExpect(jsonPath("$.status").value("UNPAID"));
		send(post("/api/v1/payouts/cases/" + caseId + "/notice"), f.authority, notice(PayoutFixtures.roster(2, "3000.50")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.policyId").value(f.policyId))
			.andExpect(jsonPath("$.insurerShare").value(6001.00))
			.andExpect(jsonPath("$.contractorShare").value(0.00));
		assertThat(obligation(caseId, "R-CLM-2")).isEqualTo("OPEN");
		assertThat(obligation(caseId, "R-CLM-3")).isNull();
		mvc.perform(get("/api/v1/payouts/queue").with(as(f.staff))).andExpect(jsonPath("$[0].id").value(caseId));
		mvc.perform(get("/api/v1/payouts/cases/" + caseId + "/workers").with(as(f.staff)))
			.andExpect(jsonPath("$[0].idMasked").value(mask(PayoutFixtures.idNumber(1))))
			.andExpect(jsonPath("$[0].cardMasked").value(mask(PayoutFixtures.card(1))));
		pay(caseId, 1, "BANK-" + f.token + "-1", "3000.50").andExpect(status().isCreated())
			.andExpect(jsonPath("$.repeated").value(false));
		pay(caseId, 1, "BANK-" + f.token + "-1", "3000.50").andExpect(status().isOk())
			.andExpect(jsonPath("$.repeated").value(true));
		pay(caseId, 2, "BANK-" + f.token + "-1", "3000.50").andExpect(status().isUnprocessableContent());
		assertThat(obligation(caseId, "R-CLM-6")).isEqualTo("OPEN");
		assertThat(obligation(caseId, "R-CLM-7")).isEqualTo("OPEN");
		pay(caseId, 2, "BANK-" + f.token + "-2", "3000.50").andExpect(status().isCreated());
		assertThat(obligation(caseId, "R-CLM-2")).isEqualTo("MET");
		mvc.perform(get("/api/v1/payouts/cases/" + caseId).with(as(f.authority)))
			.andExpect(jsonPath("$.status").value("PAID"))
			.andExpect(jsonPath("$.insurerPaid").value(6001.00));
		assertThat(remaining()).isEqualByComparingTo("93999.00");
		send(post("/api/v1/payouts/cases/" + caseId + "/replacement"), f.authority, "{\"kind\": \"CASH\", \"reference\": \"存单 001\"}")
			.andExpect(jsonPath("$.replacementKind").value("CASH"));
		assertThat(obligation(caseId, "R-CLM-6")).isEqualTo("MET");
		send(post("/api/v1/payouts/cases/" + caseId + "/reimbursements"), f.staff,
				"{\"amount\": 6001.00, \"receivedOn\": \"2026-11-25\", \"reference\": \"R1\"}")
			.andExpect(jsonPath("$.outstanding").value(0.00));
		assertThat(obligation(caseId, "R-CLM-7")).isEqualTo("MET");
		mvc.perform(get("/api/v1/payouts/cases/" + caseId + "/notice.pdf").with(as(f.staff)))
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
	}

	@Test
	@DisplayName("R-CLM-3: the remaining sum insured below the total: the insurer owes the remaining sum, the contractor the excess, each tracked for 5 working days")
	void excessSplit() throws Exception {
		jdbc.sql("UPDATE policy SET remaining = 5000 WHERE id = :id").param("id", f.policyId).update();
		long caseId = unpaidCase();
		send(post("/api/v1/payouts/cases/" + caseId + "/notice"), f.authority, notice(PayoutFixtures.roster(3, "3000")))
			.andExpect(jsonPath("$.insurerShare").value(5000.00))
			.andExpect(jsonPath("$.contractorShare").value(4000.00));
		assertThat(obligation(caseId, "R-CLM-3")).isEqualTo("OPEN");
		pay(caseId, 1, "X-" + f.token + "-1", "3000").andExpect(status().isCreated());
		pay(caseId, 2, "X-" + f.token + "-2", "3000").andExpect(jsonPath("$.rule").value("R-CLM-5"));
		pay(caseId, 2, "X-" + f.token + "-3", "2000").andExpect(status().isCreated());
		assertThat(remaining()).isEqualByComparingTo("0");
		send(post("/api/v1/payouts/cases/" + caseId + "/excess-payment"), f.authority, "")
			.andExpect(jsonPath("$.status").value("PAID"));
		assertThat(obligation(caseId, "R-CLM-3")).isEqualTo("MET");
	}

	@Test
	@DisplayName("R-CLM-7: after 60 days with money outstanding the insurer's recourse case opens with that amount")
	void recourseAfterSixtyDays() throws Exception {
		long caseId = unpaidCase();
		send(post("/api/v1/payouts/cases/" + caseId + "/notice"), f.authority, notice(PayoutFixtures.roster(1, "8000")));
		pay(caseId, 1, "R-" + f.token, "8000").andExpect(status().isCreated());
		send(post("/api/v1/payouts/cases/" + caseId + "/reimbursements"), f.staff,
				"{\"amount\": 3000, \"receivedOn\": \"2026-11-23\", \"reference\": \"R1\"}").andExpect(status().isOk());
		long obligationId = jdbc.sql("SELECT id FROM obligation WHERE subject_type = 'payout-reimbursement' AND subject_id = :id")
			.param("id", "" + caseId).query(Long.class).single();
		aftermath.overdue(new io.suretyhub.obligation.ObligationOverdue(obligationId, "R-CLM-7",
				new io.suretyhub.obligation.Subject(PayoutSubjects.REIMBURSEMENT, "" + caseId),
				io.suretyhub.obligation.Parties.toOrganisation(f.contractor.organisationId(), f.insurerId),
				io.suretyhub.shared.AreaCode.of("653101"), clock.instant()));
		org.awaitility.Awaitility.await().untilAsserted(() -> mvc.perform(get("/api/v1/payouts/cases/" + caseId).with(as(f.staff)))
			.andExpect(jsonPath("$.recourseOutstanding").value(5000.00)));
	}

	@Test
	@DisplayName("R-CLM-4: a decision after the policy period finds no covering policy; R-GEO-2: another area's authority gets 404")
	void limitationAndScope() throws Exception {
		long caseId = unpaidCase();
		mvc.perform(get("/api/v1/payouts/cases/" + caseId).with(as(f.otherAuthority))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/payouts/cases/" + caseId + "/notice.pdf").with(as(f.contractor))).andExpect(status().isForbidden());
		clock.setLocal("2030-01-02T09:00:00");
		send(post("/api/v1/payouts/cases/" + caseId + "/notice"), f.authority, notice(PayoutFixtures.roster(1, "100")))
			.andExpect(jsonPath("$.rule").value("R-CLM-4"))
			.andExpect(jsonPath("$.code").value("payout.error.limitationPassed"));
	}

	long unpaidCase() throws Exception {
		long caseId = decide("2026-11-20", "2026-11-21");
		send(post("/api/v1/payouts/cases/" + caseId + "/unpaid"), f.authority, "").andExpect(status().isOk());
		return caseId;
	}

	long decide(String date, String deadline) throws Exception {
		String body = send(post("/api/v1/payouts/cases"), f.authority, """
				{"projectId": %d, "number": "喀人社责令〔2026〕%s号", "date": "%s", "paymentDeadline": "%s",
				 "amount": 6001.00, "workers": 2}""".formatted(f.projectId, f.token, date, deadline))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return ((Number) JsonPath.read(body, "$.id")).longValue();
	}

	String notice(List<NewWorker> roster) {
		return json.writeValueAsString(new NoticeRequest("负责人甲", "经办人乙", "0998-1234567", roster));
	}

	ResultActions pay(long caseId, int line, String reference, String amount) throws Exception {
		return send(post("/api/v1/payouts/cases/" + caseId + "/payments"), f.staff, """
				{"line": %d, "bankReference": "%s", "amount": %s, "paidAt": "%s"}""".formatted(line, reference,
				new BigDecimal(amount), clock.instant()));
	}

	String obligation(long caseId, String rule) {
		return jdbc.sql("SELECT status FROM obligation WHERE subject_id = :id AND rule = :rule AND subject_type LIKE 'pay%'")
			.param("id", "" + caseId).param("rule", rule).query(String.class).optional().orElse(null);
	}

	BigDecimal remaining() {
		return jdbc.sql("SELECT remaining FROM policy WHERE id = :id").param("id", f.policyId).query(BigDecimal.class).single();
	}

	static String mask(String value) {
		return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
	}

	ResultActions send(MockHttpServletRequestBuilder request, AccessScope who, String body) throws Exception {
		return mvc.perform(request.with(as(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
