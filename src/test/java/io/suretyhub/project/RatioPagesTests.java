package io.suretyhub.project;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Money;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CreditCodes;
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
class RatioPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	Projects projects;

	@Autowired
	DepositRatios ratios;

	String token = UUID.randomUUID().toString().substring(0, 8);

	AccessScope contractor;

	AccessScope authority;

	long project;

	@BeforeEach
	void aProjectInKashgar() {
		long id = organisations.register(OrganisationRegistration.of(OrganisationKind.CONTRACTOR, "比例页面建工" + token, "653101")
			.withCreditCode(CreditCodes.next("653101")));
		contractor = TestPrincipals.scope(Role.CONTRACTOR, id, "653101");
		long authorityId = organisations
			.register(OrganisationRegistration.of(OrganisationKind.LOCAL_AUTHORITY, "喀什人社" + token, "653100"));
		authority = TestPrincipals.scope(Role.LOCAL_AUTHORITY, authorityId, "653100");
		project = projects.register(new ProjectRegistration(id, "喀什市第三小学" + token, "653101", "喀什市教育局",
				"12500000.00", "喀什市人民路 3 号", "HOUSING", "BUILDING", "NEW", "2027-01-01", "2028-06-30",
				"653101202611200003", "2026-11-20", null));
	}

	@Test
	@DisplayName("R-PRJ-3: before submitting, the contractor sees the rule in effect, the basis and the deposit")
	void showsTheRuleThatWillApply_R_PRJ_3() throws Exception {
		String html = page(get("/projects/" + project + "/ratio"), contractor);
		assertThat(html).contains("福建省 2024 年示例比例", "基础比例：比例 1.5 %，应缴保证金 187,500.00 元");
		String twoClean = page(get("/projects/" + project + "/ratio/proposal").param("cleanYears", "2"), contractor);
		assertThat(twoClean).contains("连续 2 年无拖欠，比例降低：比例 0.5 %，应缴保证金 62,500.00 元")
			.doesNotContain("<html");
	}

	@Test
	@DisplayName("R-PRJ-2: submitted, listed in the local authority's queue, confirmed; the page shows rule and deposit")
	void submitQueueConfirm_R_PRJ_2() throws Exception {
		assertThat(page(post("/projects/" + project + "/ratio").param("cleanYears", "六"), contractor))
			.contains("连续无拖欠年数：应为 0 到 50 的整数。", "value=\"六\"");
		mvc.perform(post("/projects/" + project + "/ratio").param("cleanYears", "0").with(as(contractor)).with(csrf()))
			.andExpect(redirectedUrl("/projects/" + project + "/ratio"));
		assertThat(page(get("/ratios"), authority)).contains("喀什市第三小学" + token, "187,500.00");
		mvc.perform(post("/projects/" + project + "/ratio/confirmation").with(as(authority)).with(csrf()))
			.andExpect(redirectedUrl("/projects/" + project + "/ratio"));
		assertThat(page(get("/projects/" + project + "/ratio"), contractor)).contains("已确认", "基础比例",
				"福建省 2024 年示例比例", "187,500.00 元");
		assertThat(page(get("/ratios"), authority)).doesNotContain("喀什市第三小学" + token);
	}

	@Test
	@DisplayName("R-PRJ-2: a return needs a reason; returned, the contractor may submit again")
	void returnNeedsAReason_R_PRJ_2() throws Exception {
		ratios.submit(project, new RatioSubmission(0, false, null, null, null), contractor);
		assertThat(page(post("/projects/" + project + "/ratio/return").param("remark", " "), authority))
			.contains("退回原因：必须填写");
		mvc.perform(post("/projects/" + project + "/ratio/return").param("remark", "工期与许可证不符")
			.with(as(authority)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(page(get("/projects/" + project + "/ratio"), contractor)).contains("已退回", "工期与许可证不符",
				"id=\"submit-ratio\"");
	}

	@Test
	@DisplayName("R-FAIR-3: parts that do not add up or are malformed are refused per field in Chinese, typed values kept")
	void splitErrorsPerField_R_FAIR_3() throws Exception {
		ratios.submit(project, new RatioSubmission(0, false, null, null, null), contractor);
		ratios.confirm(project, authority);
		String html = page(post("/projects/" + project + "/ratio/split").param("cash", "一万")
			.param("bankGuarantee", "-5").param("insurance", "100000"), contractor);
		assertThat(html).contains("现金：金额格式不正确", "银行保函：金额格式不正确", "value=\"一万\"", "value=\"-5\"",
				"value=\"100000\"");
		assertThat(page(post("/projects/" + project + "/ratio/split").param("cash", "50000")
			.param("bankGuarantee", "0").param("insurance", "100000"), contractor))
			.contains("合计不符：现金、银行保函与保证保险三部分之和应等于应缴保证金 187500.00 元");
		mvc.perform(post("/projects/" + project + "/ratio/split").param("cash", "50,000.00").param("bankGuarantee", "37500")
			.param("insurance", "100000").with(as(contractor)).with(csrf())).andExpect(status().is3xxRedirection());
		DepositSplit split = ratios.find(project).orElseThrow().split();
		assertThat(split).isEqualTo(new DepositSplit(Money.yuan("50000"), Money.yuan("37500"), Money.yuan("100000")));
	}

	@Test
	@DisplayName("R-GEO-2: another area's authority gets 404 on the ratio page and cannot confirm")
	void otherAreaSeesNothing_R_GEO_2() throws Exception {
		ratios.submit(project, new RatioSubmission(0, false, null, null, null), contractor);
		long other = organisations.register(OrganisationRegistration.of(OrganisationKind.LOCAL_AUTHORITY, "和田人社" + token, "653200"));
		AccessScope hotan = TestPrincipals.scope(Role.LOCAL_AUTHORITY, other, "653200");
		mvc.perform(get("/projects/" + project + "/ratio").with(as(hotan))).andExpect(status().isNotFound());
		mvc.perform(post("/projects/" + project + "/ratio/confirmation").with(as(hotan)).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(ratios.find(project).orElseThrow().status()).isEqualTo(DepositRatio.Status.SUBMITTED);
	}

	private String page(MockHttpServletRequestBuilder request, AccessScope who) throws Exception {
		return mvc.perform(request.with(as(who)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

}
