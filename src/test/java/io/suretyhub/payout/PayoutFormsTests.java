package io.suretyhub.payout;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;

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

@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class PayoutFormsTests {

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
	Payouts payouts;

	PayoutFixtures f;

	@BeforeEach
	void parties() {
		clock.setLocal("2026-11-23T09:00:00");
		f = new PayoutFixtures(organisations, projects, jdbc, "50000.00");
	}

	@Test
	@DisplayName("Decision form: malformed or missing values come back on the form, each reason next to its field, typed values kept, nothing stored")
	void decisionFormShowsEachProblemNextToItsField() throws Exception {
		String number = "表单决定" + f.token;
		mvc.perform(post("/payouts").param("projectId", "" + f.projectId).param("number", number).param("date", "2026-11-20")
			.param("paymentDeadline", "明天").param("amount", "12.345").param("workers", "")
			.with(as(f.authority)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"decision-refused\"")))
			.andExpect(content().string(containsString("value=\"" + number + "\"")))
			.andExpect(content().string(containsString("value=\"12.345\"")))
			.andExpect(content().string(containsString("id=\"paymentDeadline-error\">请输入有效日期")))
			.andExpect(content().string(containsString("id=\"amount-error\">请输入大于零的金额")))
			.andExpect(content().string(containsString("id=\"workers-error\">此项必填")));
		mvc.perform(post("/payouts").param("projectId", "" + f.projectId).param("number", number).param("date", "2026-11-20")
			.param("paymentDeadline", "2026-11-19").param("amount", "1000").param("workers", "2")
			.with(as(f.authority)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"paymentDeadline-error\">清偿期限不能早于决定日期")))
			.andExpect(content().string(containsString("value=\"2026-11-19\"")));
		mvc.perform(post("/payouts").param("projectId", "999999999").param("number", number).param("date", "2026-11-20")
			.param("paymentDeadline", "2026-11-21").param("amount", "1000").param("workers", "2")
			.with(as(f.authority)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("id=\"projectId-error\">没有该项目")));
		assertThat(jdbc.sql("SELECT count(*) FROM payout_case WHERE decision_number = :n").param("n", number).query(Long.class).single())
			.isZero();
		mvc.perform(post("/payouts").param("projectId", "" + f.projectId).param("number", number).param("date", "2026-11-20")
			.param("paymentDeadline", "2026-11-21").param("amount", "1000").param("workers", "2")
			.with(as(f.authority)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	@DisplayName("Case page forms: a malformed payment, a replacement without reference and a reimbursement without date come back on the case page next to their fields")
	void caseFormsShowProblemsNextToFields() throws Exception {
		long caseId = paidCase("1000", "500");
		mvc.perform(post("/payouts/" + caseId + "/payments").param("line", "一").param("bankReference", "PF-" + f.token)
			.param("amount", "abc").param("paidAt", "2026-11-23T09:00").with(as(f.staff)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("value=\"PF-" + f.token + "\"")))
			.andExpect(content().string(containsString(">请输入整数<")))
			.andExpect(content().string(containsString(">请输入大于零的金额，最多两位小数<")));
		mvc.perform(post("/payouts/" + caseId + "/replacement").param("kind", "CASH").with(as(f.authority)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString(">请填写新保单号或缴存凭证号<")));
		mvc.perform(post("/payouts/" + caseId + "/reimbursements").param("amount", "300").param("reference", "RF-" + f.token)
			.with(as(f.staff)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("value=\"RF-" + f.token + "\"")))
			.andExpect(content().string(containsString(">此项必填<")));
	}

	@Test
	@DisplayName("R-CLM-7: a repeated receipt reference with the same amount and day answers the first recording (200, repeated); with another amount it is refused (422 API, Chinese message on the page); one row either way")
	void repeatedReimbursementReference_R_CLM_7() throws Exception {
		long caseId = paidCase("1000", "1000");
		String body = "{\"amount\": 300, \"receivedOn\": \"2026-11-23\", \"reference\": \"RR-" + f.token + "\"}";
		send(caseId, body).andExpect(status().isOk()).andExpect(jsonPath("$.repeated").value(false))
			.andExpect(jsonPath("$.outstanding").value(700.00));
		send(caseId, body).andExpect(status().isOk()).andExpect(jsonPath("$.repeated").value(true))
			.andExpect(jsonPath("$.outstanding").value(700.00));
		send(caseId, body.replace("300", "200")).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("R-CLM-7"));
		send(caseId, "{\"receivedOn\": \"2026-11-23\", \"reference\": \"X\"}").andExpect(status().isBadRequest());
		mvc.perform(post("/payouts/" + caseId + "/reimbursements").param("amount", "200").param("receivedOn", "2026-11-23")
			.param("reference", "RR-" + f.token).with(as(f.staff)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("该收款凭证号已在本案件登记过另一笔不同的偿还款")))
			.andExpect(content().string(containsString("value=\"RR-" + f.token + "\"")));
		assertThat(jdbc.sql("SELECT count(*) FROM payout_reimbursement WHERE case_id = :id").param("id", caseId).query(Long.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("SELECT reimbursed FROM payout_case WHERE id = :id").param("id", caseId).query(BigDecimal.class).single())
			.isEqualByComparingTo("300");
	}

	private long paidCase(String amount, String paid) {
		long caseId = cases.decide(new NewDecision(f.projectId, "表单" + f.token, LocalDate.of(2026, 11, 20),
				LocalDate.of(2026, 11, 21), new BigDecimal(amount), 1), f.authority);
		cases.recordUnpaid(caseId, f.authority);
		cases.issueNotice(caseId, new NoticeRequest(null, null, null, PayoutFixtures.roster(1, amount)), f.authority);
		payouts.record(caseId, new PaymentRecord(1, "PB-" + f.token, new BigDecimal(paid), clock.instant()), f.staff);
		return caseId;
	}

	private ResultActions send(long caseId, String body) throws Exception {
		AccessScope staff = f.staff;
		return mvc.perform(post("/api/v1/payouts/cases/" + caseId + "/reimbursements").with(as(staff)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
