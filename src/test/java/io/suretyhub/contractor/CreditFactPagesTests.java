package io.suretyhub.contractor;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CreditCodes;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class CreditFactPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	CreditFacts facts;

	@Autowired
	MutableClock clock;

	String token = UUID.randomUUID().toString().substring(0, 8);

	long contractorId;

	AccessScope contractor;

	AccessScope authority;

	@BeforeEach
	void parties() {
		clock.setLocal("2026-11-23T09:00:00");
		contractorId = organisations.register(OrganisationRegistration.of(OrganisationKind.CONTRACTOR, "信用页面建工" + token,
				"653101").withCreditCode(CreditCodes.next("653101")));
		contractor = TestPrincipals.scope(Role.CONTRACTOR, contractorId, "653101");
		long authorityId = organisations
			.register(OrganisationRegistration.of(OrganisationKind.LOCAL_AUTHORITY, "喀什人社" + token, "653100"));
		authority = TestPrincipals.scope(Role.LOCAL_AUTHORITY, authorityId, "653100");
	}

	@Test
	@DisplayName("R-ELG-2: the authority records a fact by form; bad fields are named in Chinese and what was typed stays")
	void recordByForm_R_ELG_2() throws Exception {
		String refused = page(post("/credit-facts").param("contractorId", String.valueOf(contractorId))
			.param("kind", "RENEWAL_MISSED").param("occurredOn", "2027-01-01").param("evidence", "喀人社监字〔2026〕12 号")
			.param("source", ""), authority);
		assertThat(refused).contains("情形：第（三）（四）项由平台根据期限自动记录。", "发生日期：不能晚于今天。",
				"来源：必须填写。", "喀人社监字〔2026〕12 号");
		mvc.perform(post("/credit-facts").param("contractorId", String.valueOf(contractorId))
			.param("kind", "UNRESOLVED_COMPLAINT").param("occurredOn", "2026-05-10")
			.param("evidence", "喀人社监字〔2026〕12 号").param("source", "喀什地区劳动保障监察支队")
			.with(as(authority)).with(csrf())).andExpect(redirectedUrl("/credit-facts?contractorId=" + contractorId));
		String list = page(get("/credit-facts").param("contractorId", String.valueOf(contractorId)), authority);
		assertThat(list).contains("信用页面建工" + token, "（二）拖欠工资投诉举报案件尚未解决", "2026-05-10",
				"喀什地区劳动保障监察支队", "近二年内存在 1 项第八条所列情形");
		assertThat(facts.of(contractorId, contractor)).extracting(CreditFact::kind)
			.containsExactly(CreditFactKind.UNRESOLVED_COMPLAINT);
	}

	@Test
	@DisplayName("R-ELG-1: the contractor sees every reason with date and source; 25 months later it is eligible again")
	void contractorSeesEveryReason_R_ELG_1() throws Exception {
		facts.record(new NewCreditFact(contractorId, "INTEGRITY_GRADE_C", "2026-01-15", "评定结果", "喀什市人社局"), authority);
		facts.record(new NewCreditFact(contractorId, "ARREARS_INCIDENT", "2025-12-01", "舆情通报", "喀什地区人社局"), authority);
		assertThat(page(get("/eligibility"), contractor)).contains("近二年内存在 2 项第八条所列情形",
				"（五）上年度守法诚信等级为 C：发生于 2026-01-15（2028-01-15 后不再计入），来源：喀什市人社局",
				"（七）因拖欠工资发生群体性、极端性或舆情事件：发生于 2025-12-01");
		mvc.perform(get("/api/v1/eligibility").with(as(contractor)))
			.andExpect(jsonPath("$.eligible").value(false))
			.andExpect(jsonPath("$.reasons.length()").value(2));
		clock.setLocal("2028-02-16T09:00:00");
		assertThat(page(get("/eligibility"), contractor)).contains("近二年内无第八条所列情形");
		mvc.perform(get("/api/v1/eligibility").with(as(contractor)))
			.andExpect(jsonPath("$.eligible").value(true))
			.andExpect(jsonPath("$.reasons.length()").value(0));
	}

	@Test
	@DisplayName("R-ELG-2: a contractor cannot open the authority's pages; a regulator reads but has no form")
	void onlyAuthoritiesRecord_R_ELG_2() throws Exception {
		mvc.perform(get("/credit-facts").with(as(contractor))).andExpect(status().isForbidden());
		long regulatorId = organisations
			.register(OrganisationRegistration.of(OrganisationKind.FINANCIAL_REGULATOR, "金融监管" + token, "650000"));
		AccessScope regulator = TestPrincipals.scope(Role.FINANCIAL_REGULATOR, regulatorId, "650000");
		assertThat(page(get("/credit-facts").param("contractorId", String.valueOf(contractorId)), regulator))
			.doesNotContain("id=\"fact-form\"");
		mvc.perform(post("/credit-facts").param("contractorId", String.valueOf(contractorId)).param("kind", "INTEGRITY_GRADE_C")
			.with(as(regulator)).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("R-GEO-2: a contractor outside the viewer's area answers 404 by id on the page, its form and the API, and recording a fact about it by the API is refused like a missing one")
	void lookupByIdIsAreaScoped_R_GEO_2() throws Exception {
		long iliId = organisations
			.register(OrganisationRegistration.of(OrganisationKind.LOCAL_AUTHORITY, "伊犁人社" + token, "654000"));
		AccessScope ili = TestPrincipals.scope(Role.LOCAL_AUTHORITY, iliId, "654000");
		long otherContractor = organisations.register(OrganisationRegistration.of(OrganisationKind.CONTRACTOR,
				"别家建工" + token, "653101").withCreditCode(CreditCodes.next("653101")));
		for (long missing : new long[] { contractorId, 987_654_321L }) {
			mvc.perform(get("/credit-facts").param("contractorId", String.valueOf(missing)).with(as(ili)))
				.andExpect(status().isNotFound());
			mvc.perform(get("/api/v1/credit-facts").param("contractorId", String.valueOf(missing)).with(as(ili)))
				.andExpect(status().isNotFound());
			mvc.perform(post("/credit-facts").param("contractorId", String.valueOf(missing)).param("kind", "INTEGRITY_GRADE_C")
				.param("occurredOn", "2026-05-10").param("evidence", "文书").param("source", "伊犁州人社局")
				.with(as(ili)).with(csrf())).andExpect(status().isNotFound());
			mvc.perform(post("/api/v1/credit-facts").contentType("application/json").content("""
					{"contractorId": %d, "kind": "INTEGRITY_GRADE_C", "occurredOn": "2026-05-10", "evidence": "文书",
					 "source": "伊犁州人社局"}""".formatted(missing)).with(as(ili)).with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("contractorId")));
		}
		assertThat(facts.of(contractorId, contractor)).isEmpty();
		mvc.perform(get("/api/v1/credit-facts").param("contractorId", String.valueOf(otherContractor)).with(as(contractor)))
			.andExpect(status().isNotFound());

		assertThat(page(get("/credit-facts").param("contractorId", String.valueOf(contractorId)), authority))
			.contains("信用页面建工" + token);
		mvc.perform(get("/api/v1/credit-facts").param("contractorId", String.valueOf(contractorId)).with(as(authority)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/credit-facts").param("contractorId", String.valueOf(contractorId)).with(as(contractor)))
			.andExpect(status().isOk());
	}

	private String page(MockHttpServletRequestBuilder request, AccessScope who) throws Exception {
		return mvc.perform(request.with(as(who)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

}
