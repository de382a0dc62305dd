package io.suretyhub.policy;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.suretyhub.organisation.Organisations;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, PolicyTestDoubles.class })
class PolicyPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	PolicyTestDoubles.Register register;

	@Autowired
	Policies policies;

	@Autowired
	MutableClock clock;

	PolicyJourney j;

	long project;

	@BeforeEach
	void confirmedProject() throws Exception {
		clock.setLocal("2026-11-23T09:00:00");
		j = new PolicyJourney(mvc, organisations, register);
		project = j.registerProject("2027-01-01", "2027-12-31");
		j.confirmRatio(project);
		j.fileRate("0.002", "null");
	}

	@Test
	@DisplayName("R-FAIR-1, R-POL-3: the form lists the eligible insurers with none chosen; a short period is refused next to the field, naming the rule, with every value kept")
	void applicationFormShowsRefusalsNextToTheirFields() throws Exception {
		mvc.perform(get("/policies/new").param("projectId", "" + project).with(as(j.contractor)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"insurer-" + j.insurerId + "\""), not(containsString("checked")),
					containsString("187,500.00"))));
		mvc.perform(form("/policies/new", "2027-01-01", "2027-12-30", "187500.00").param("insurerId", "" + j.insurerId))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"periodStart-error\""), containsString("R-POL-3"),
					containsString("不得少于 1 年"), containsString("value=\"2027-12-30\""), containsString("value=\"187500.00\""))));
		mvc.perform(form("/policies/new", "2027-01-01", "2027-12-31", "abc"))
			.andExpect(content().string(allOf(containsString("id=\"insurerId-error\""), containsString("id=\"sumInsured-error\""))));
		mvc.perform(form("/policies/new", "2027-01-01", "2027-12-31", "187500.00").param("insurerId", "" + (j.insurerId + 100_000)))
			.andExpect(content().string(allOf(containsString("id=\"insurerId-error\""), containsString("R-INS-4"))));
	}

	@Test
	@DisplayName("R-POL-1/2: applied on the page, the application waits in the branch's queue with its 5-working-day deadline; issued there, the policyholder sees the number and verification code")
	void applyQueueIssue() throws Exception {
		mvc.perform(form("/policies/new", "2027-01-01", "2027-12-31", "187500.00").param("insurerId", "" + j.insurerId))
			.andExpect(redirectedUrlPattern("/policies/*"));
		long id = policies.list(j.contractor).get(0).id();
		mvc.perform(get("/underwriting").with(as(j.staff)))
			.andExpect(content().string(allOf(containsString("id=\"application-" + id + "\""),
					containsString("2026-11-30 二十四时前"))));
		mvc.perform(get("/underwriting/" + id).with(as(j.staff)))
			.andExpect(content().string(allOf(containsString("0.2000 %"), containsString("375.00"))));
		mvc.perform(post("/underwriting/" + id + "/issue").param("cgAmount", "-1").with(as(j.staff)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("is-invalid"), containsString("反担保"))));
		mvc.perform(post("/underwriting/" + id + "/issue").with(as(j.staff)).with(csrf()))
			.andExpect(redirectedUrl("/policies/" + id));
		mvc.perform(get("/policies/" + id).with(as(j.contractor)))
			.andExpect(content().string(allOf(containsString("WG-TEST-" + id), containsString("ABCDEFGH23"),
					containsString("已出单"), containsString("id=\"obligation-renewal\""))));
		mvc.perform(get("/policies/" + id + "/renewal").with(as(j.contractor)))
			.andExpect(content().string(allOf(containsString("value=\"2028-01-01\""), containsString("value=\"2028-12-31\""),
					containsString("name=\"renewalOf\" value=\"" + id + "\""))));
		mvc.perform(get("/policies/new").param("projectId", "" + project).with(as(j.contractor))
			.param("lang", "en")).andExpect(content().string(containsString("Apply for a policy")));
		var stranger = TestPrincipals.scope(Role.CONTRACTOR, j.insurerId + 1_000_000, "653101");
		mvc.perform(get("/policies/" + id).with(as(stranger))).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("R-POL-2: a refusal needs a reason; refused, the policyholder sees it")
	void refusalWithReason() throws Exception {
		long id = j.applied(j.apply(project, j.insurerId, "187500.00", "2027-01-01", "2027-12-31"));
		mvc.perform(post("/underwriting/" + id + "/refusal").param("reason", " ").with(as(j.staff)).with(csrf()))
			.andExpect(content().string(containsString("id=\"refusal-error\"")));
		mvc.perform(post("/underwriting/" + id + "/refusal").param("reason", "工程资料不全").with(as(j.staff)).with(csrf()))
			.andExpect(redirectedUrl("/underwriting"));
		mvc.perform(get("/policies/" + id).with(as(j.contractor)))
			.andExpect(content().string(allOf(containsString("拒保"), containsString("工程资料不全"))));
	}

	@Test
	@DisplayName("R-SUP-3: a filed rate below the floor is refused on the page, naming the rule")
	void rateBelowFloorRefused() throws Exception {
		mvc.perform(post("/underwriting/terms").param("filedRate", "0.0001").with(as(j.insurerAdmin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"terms-error\""), containsString("R-SUP-3"))));
		mvc.perform(post("/underwriting/terms").param("filedRate", "0.003").param("autoIssueLimit", "")
			.with(as(j.insurerAdmin)).with(csrf())).andExpect(redirectedUrl("/underwriting/terms"));
	}

	@Test
	@DisplayName("R-POL-7: surrender requested on the page, approved by the local authority from its list, then completed; without approval it is refused")
	void surrenderThroughThePages() throws Exception {
		long id = j.applied(j.apply(project, j.insurerId, "187500.00", "2027-01-01", "2027-12-31"));
		mvc.perform(post("/underwriting/" + id + "/issue").with(as(j.staff)).with(csrf()));
		mvc.perform(post("/policies/" + id + "/surrender-request").param("reason", "").with(as(j.contractor)).with(csrf()))
			.andExpect(redirectedUrl("/policies/" + id))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("actionError"));
		mvc.perform(post("/policies/" + id + "/surrender-request").param("reason", "项目改为现金缴纳").with(as(j.contractor)).with(csrf()))
			.andExpect(redirectedUrl("/policies/" + id));
		mvc.perform(post("/policies/" + id + "/surrender").with(as(j.contractor)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("R-POL-7")));
		mvc.perform(get("/surrenders").with(as(j.authority)))
			.andExpect(content().string(allOf(containsString("id=\"surrender-" + id + "\""), containsString("项目改为现金缴纳"))));
		mvc.perform(post("/policies/" + id + "/surrender-approval").with(as(j.authority)).with(csrf()))
			.andExpect(redirectedUrl("/policies/" + id));
		mvc.perform(post("/policies/" + id + "/surrender").with(as(j.contractor)).with(csrf()))
			.andExpect(redirectedUrl("/policies/" + id));
		mvc.perform(get("/policies/" + id).with(as(j.contractor))).andExpect(content().string(containsString("已退保")));
		mvc.perform(post("/policies/" + id + "/close").with(as(j.authority)).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("R-POL-6")));
	}

	private MockHttpServletRequestBuilder form(String path, String start, String end, String sum) {
		return post(path).param("projectId", "" + project).param("sumInsured", sum).param("periodStart", start)
			.param("periodEnd", end).with(as(j.contractor)).with(csrf());
	}

}
