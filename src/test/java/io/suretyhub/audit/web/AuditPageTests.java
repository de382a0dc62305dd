package io.suretyhub.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import io.suretyhub.audit.AuditDatabase;
import io.suretyhub.audit.AuditIntegrationTest;
import io.suretyhub.audit.AuditTrail;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.AuditEvent.Outcome;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.MutableClock;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@AuditIntegrationTest
class AuditPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditDatabase database;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void twoRecords() {
		database.reset();
		clock.setLocal("2026-11-20T09:00:00");
		trail.append(new AuditEvent("login", "account", null, Outcome.FAILURE, "bad password", "wang.fang"));
		clock.setLocal("2026-11-23T09:00:00");
		trail.append(AuditEvent.success("organisation.create", "organisation", 7, "Kashgar office"));
	}

	static Authentication account(Role role) {
		var principal = new Principal(new AccessScope(1, "audit.admin", 1, AreaCode.of("650000"), role));
		return UsernamePasswordAuthenticationToken.authenticated(principal, null,
				AuthorityUtils.createAuthorityList(role.authority()));
	}

	static RequestPostProcessor signedInAs(Role role) {
		return authentication(account(role));
	}

	Document page(MockHttpServletRequestBuilder request, int status) throws Exception {
		var response = mvc.perform(request.with(signedInAs(Role.AUDIT_ADMIN))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(status);
		return Jsoup.parse(response.getContentAsString());
	}

	static List<String> sequences(Document page) {
		return page.select("#audit-records tbody tr[id] td:eq(0)").eachText();
	}

	@Test
	@DisplayName("The audit administrator sees the trail, newest first, in Chinese by default")
	void pageRendersForAuditAdmin() throws Exception {
		Document page = page(get("/audit"), 200);

		assertThat(page.title()).isEqualTo("审计日志");
		assertThat(sequences(page)).containsExactly("2", "1");
		Element failedLogin = page.getElementById("record-1");
		assertThat(failedLogin.select("td").eachText()).containsExactly("1", "2026-11-20 09:00:00", "wang.fang",
				"127.0.0.1", "login", "account", "失败", "bad password", database.find(1).hash().substring(0, 12));
		assertThat(page.getElementById("verify-chain").attr("hx-post")).isEqualTo("/audit/verification");
		assertThat(page.getElementById("page-older")).isNull();
	}

	@Test
	@DisplayName("Filters by actor, action, outcome and date range")
	void filtersNarrowTheList() throws Exception {
		assertThat(sequences(page(get("/audit").param("actor", "wang.fang"), 200))).containsExactly("1");
		assertThat(sequences(page(get("/audit").param("action", "organisation.create").param("outcome", "SUCCESS"),
				200))).containsExactly("2");
		assertThat(sequences(page(get("/audit").param("from", "2026-11-20").param("to", "2026-11-20"), 200)))
			.containsExactly("1");
		assertThat(sequences(page(get("/audit").param("from", "2026-11-21"), 200))).containsExactly("2");
		Document none = page(get("/audit").param("outcome", "DENIED"), 200);
		assertThat(sequences(none)).isEmpty();
		assertThat(none.select("#audit-records tbody").text()).isEqualTo("没有符合条件的记录。");
	}

	@Test
	@DisplayName("Fifty records a page; older and newer pages follow by sequence number, filters kept")
	void pagesOfFifty() throws Exception {
		for (int i = 0; i < 60; i++) {
			trail.append(AuditEvent.success("policy.view", "policy", i, null));
		}
		Document first = page(get("/audit").param("action", "policy.view"), 200);
		assertThat(sequences(first)).hasSize(50).startsWith("62").endsWith("13");
		assertThat(first.getElementById("page-older").attr("href")).isEqualTo("/audit?action=policy.view&before=13");
		assertThat(first.getElementById("page-newer")).isNull();

		Document second = page(get("/audit").param("action", "policy.view").param("before", "13"), 200);
		assertThat(sequences(second)).hasSize(10).startsWith("12").endsWith("3");
		assertThat(second.getElementById("page-older")).isNull();
		assertThat(second.getElementById("page-newer").attr("href")).isEqualTo("/audit?action=policy.view&after=12");

		Document back = page(get("/audit").param("action", "policy.view").param("after", "12"), 200);
		assertThat(sequences(back)).hasSize(50).startsWith("62").endsWith("13");
		assertThat(back.getElementById("page-newer")).isNull();
		assertThat(back.getElementById("page-older")).isNotNull();
	}

	@Test
	@DisplayName("A malformed filter answers 400 and names the field and the reason in Chinese")
	void malformedFilterIsA400() throws Exception {
		Document page = page(get("/audit").param("from", "2026-13-45").param("outcome", "MAYBE"), 400);
		assertThat(page.getElementById("from").hasClass("is-invalid")).isTrue();
		assertThat(page.getElementById("outcome").hasClass("is-invalid")).isTrue();
		assertThat(page.select(".invalid-feedback").eachText()).containsExactly("请从列表中选择结果。",
				"请输入有效日期，格式为 年-月-日（如 2026-11-23）。");

		Document reversed = page(get("/audit").param("from", "2026-11-23").param("to", "2026-11-01"), 400);
		assertThat(reversed.getElementById("filter-error").text()).isEqualTo("截止日期不能早于起始日期。");
	}

	@Test
	@DisplayName("The verify button's partial reports an intact chain, in Chinese or English, and is itself audited")
	void verifyPartialReportsIntactChain() throws Exception {
		Document chinese = page(post("/audit/verification").with(csrf()), 200);
		Element result = chinese.getElementById("verification-result");
		assertThat(result.attr("data-intact")).isEqualTo("true");
		assertThat(result.hasClass("alert-success")).isTrue();
		assertThat(result.text()).startsWith("审计链完整：共 2 条记录");
		assertThat(chinese.select("main, nav.navbar-nav")).isEmpty();

		Document english = page(post("/audit/verification").param("lang", "en").with(csrf()), 200);
		assertThat(english.getElementById("verification-result").text()).startsWith("Audit chain intact: 3 records");

		Document audited = page(get("/audit").param("action", "audit.verify"), 200);
		assertThat(sequences(audited)).containsExactly("4", "3");
		assertThat(audited.getElementById("record-3").select("td:eq(2)").text()).isEqualTo("audit.admin");
	}

	@Test
	@DisplayName("After tampering, page and API name the altered record")
	void verificationNamesTheTamperedRecord() throws Exception {
		database.tamper("update audit_record set detail = 'nothing happened' where sequence_no = 1");

		Element result = page(post("/audit/verification").with(csrf()), 200).getElementById("verification-result");
		assertThat(result.attr("data-sequence")).isEqualTo("1");
		assertThat(result.attr("data-problem")).isEqualTo("ALTERED");
		assertThat(result.hasClass("alert-danger")).isTrue();
		assertThat(result.text()).startsWith("审计链已被破坏：第 1 号记录被篡改");
		mvc.perform(get("/api/v1/audit/verification").with(signedInAs(Role.AUDIT_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.firstBrokenSequence").value(1))
			.andExpect(jsonPath("$.problem").value("ALTERED"))
			.andExpect(jsonPath("$.recordsChecked").value(0));
	}

	@Test
	@DisplayName("The API reports an intact chain as JSON")
	void apiReportsIntactChain() throws Exception {
		mvc.perform(get("/api/v1/audit/verification").with(signedInAs(Role.AUDIT_ADMIN)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.recordsChecked").value(2))
			.andExpect(jsonPath("$.firstBrokenSequence").isEmpty());
	}

	record Principal(AccessScope scope) implements AccessScope.Holder {
	}

}
