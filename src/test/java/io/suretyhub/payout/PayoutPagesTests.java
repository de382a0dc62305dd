package io.suretyhub.payout;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.suretyhub.organisation.Organisations;
import io.suretyhub.project.Projects;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "suretyhub.payout.lookups-per-minute=3")
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class PayoutPagesTests {

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

	PayoutFixtures f;

	@BeforeEach
	void parties() {
		clock.setLocal("2026-11-23T09:00:00");
		f = new PayoutFixtures(organisations, projects, jdbc, "50000.00");
	}

	@Test
	@DisplayName("R-CLM-1 pages: a typed roster with a bad card is refused naming the row; a good one issues the notice; workers are masked for the authority and the contractor")
	void authorityIssuesNoticeOnThePage() throws Exception {
		long caseId = cases.decide(new NewDecision(f.projectId, "页面决定" + f.token, LocalDate.of(2026, 11, 20),
				LocalDate.of(2026, 11, 21), new BigDecimal("2000"), 2), f.authority);
		mvc.perform(post("/payouts/" + caseId + "/unpaid").with(as(f.authority)).with(csrf())).andExpect(status().is3xxRedirection());
		String good = rows(PayoutFixtures.roster(2, "1000"));
		String bad = good.replace(PayoutFixtures.card(2), "6217000000000000001");
		mvc.perform(post("/payouts/" + caseId + "/notice").param("rows", bad).param("head", "甲").with(as(f.authority)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("row 2.bankCard")));
		mvc.perform(post("/payouts/" + caseId + "/notice").param("rows", good).with(as(f.authority)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		for (var viewer : List.of(f.authority, f.contractor)) {
			mvc.perform(get("/payouts/" + caseId).with(as(viewer)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(PayoutLifecycleTests.mask(PayoutFixtures.idNumber(1)))))
				.andExpect(content().string(not(containsString(PayoutFixtures.idNumber(1)))))
				.andExpect(content().string(not(containsString(PayoutFixtures.card(1)))));
		}
	}

	@Test
	@DisplayName("R-CLM-2 pages: insurer staff see the notice in their queue, show one worker in full and record the payment")
	void insurerPaysOnThePage() throws Exception {
		long caseId = cases.decide(new NewDecision(f.projectId, "页面决定" + f.token, LocalDate.of(2026, 11, 20),
				LocalDate.of(2026, 11, 21), new BigDecimal("1000"), 1), f.authority);
		cases.recordUnpaid(caseId, f.authority);
		cases.issueNotice(caseId, new NoticeRequest(null, null, null, PayoutFixtures.roster(1, "1000")), f.authority);
		mvc.perform(get("/payouts").with(as(f.staff))).andExpect(content().string(containsString("页面决定" + f.token)));
		long worker = jdbc.sql("SELECT id FROM payout_worker WHERE case_id = :id").param("id", caseId).query(Long.class).single();
		mvc.perform(post("/payouts/" + caseId + "/workers/" + worker + "/reveal").with(as(f.staff)).with(csrf()))
			.andExpect(content().string(containsString(PayoutFixtures.card(1))));
		mvc.perform(post("/payouts/" + caseId + "/payments").param("line", "1").param("bankReference", "PG-" + f.token)
			.param("amount", "1000").param("paidAt", "2026-11-23T09:00").with(as(f.staff)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/payouts/" + caseId).with(as(f.contractor)))
			.andExpect(content().string(containsString("PG-" + f.token)));
	}

	@Test
	@DisplayName("Workers: the public page answers with ID number, name and card's last four; a wrong name finds nothing; look-ups are rate-limited")
	void publicLookup() throws Exception {
		long caseId = cases.decide(new NewDecision(f.projectId, "公开" + f.token, LocalDate.of(2026, 11, 20),
				LocalDate.of(2026, 11, 21), new BigDecimal("1000"), 1), f.authority);
		cases.recordUnpaid(caseId, f.authority);
		var worker = new NewWorker("阿依古丽", PayoutFixtures.idNumber(777), "", "中国银行", PayoutFixtures.card(9_000_000 + (int) caseId),
				new BigDecimal("1000"));
		cases.issueNotice(caseId, new NoticeRequest(null, null, null, List.of(worker)), f.authority);
		String last4 = worker.bankCard().substring(worker.bankCard().length() - 4);
		mvc.perform(get("/public/payouts")).andExpect(status().isOk());
		mvc.perform(post("/public/payouts").param("idNumber", worker.idNumber()).param("name", "阿依古丽")
			.param("cardLastFour", last4).with(csrf()).with(r -> { r.setRemoteAddr("10.9.9.1"); return r; }))
			.andExpect(content().string(containsString("待支付")));
		mvc.perform(post("/public/payouts").param("idNumber", worker.idNumber()).param("name", "别人")
			.param("cardLastFour", last4).with(csrf()).with(r -> { r.setRemoteAddr("10.9.9.1"); return r; }))
			.andExpect(content().string(containsString("nothing-found")));
		mvc.perform(post("/public/payouts").param("idNumber", worker.idNumber()).param("name", "阿依古丽")
			.param("cardLastFour", last4).with(csrf()).with(r -> { r.setRemoteAddr("10.9.9.1"); return r; }))
			.andExpect(status().isOk());
		mvc.perform(post("/public/payouts").param("idNumber", worker.idNumber()).param("name", "阿依古丽")
			.param("cardLastFour", last4).with(csrf()).with(r -> { r.setRemoteAddr("10.9.9.1"); return r; }))
			.andExpect(status().isTooManyRequests());
	}

	static String rows(List<NewWorker> roster) {
		StringBuilder text = new StringBuilder();
		roster.forEach(w -> text.append(String.join(",", w.name(), w.idNumber(), w.phone(), w.bank(), w.bankCard(),
				w.amount().toPlainString())).append('\n'));
		return text.toString();
	}

}
