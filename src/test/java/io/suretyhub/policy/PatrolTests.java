package io.suretyhub.policy;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import com.jayway.jsonpath.JsonPath;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.shared.AccessScope;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, PolicyTestDoubles.class })
class PatrolTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	PolicyTestDoubles.Register register;

	@Autowired
	MutableClock clock;

	PolicyJourney j;

	long policy;

	@BeforeEach
	void anIssuedPolicy() throws Exception {
		clock.setLocal("2026-11-23T09:00:00");
		j = new PolicyJourney(mvc, organisations, register);
		long project = j.registerProject("2027-01-01", "2027-12-31");
		j.confirmRatio(project);
		j.fileRate("0.002", "null");
		policy = j.applied(j.apply(project, j.insurerId, "187500.00", "2027-01-01", "2027-12-31"));
	}

	@Test
	@DisplayName("R-POL-8: no patrol on a policy not yet issued; once issued the branch records one through the API and the authority reads it")
	void patrolsAfterIssueOnly_R_POL_8() throws Exception {
		String entry = """
				{"kind": "SITE_INSPECTION", "heldOn": "2026-11-23", "findings": "工资专用账户未按月拨付", "followUp": "限期一周整改"}""";
		j.send(post("/api/v1/policies/" + policy + "/patrols"), j.staff, entry)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("R-POL-8"));
		j.send(post("/api/v1/policies/" + policy + "/issue"), j.staff, "{}").andExpect(status().isOk());
		j.send(post("/api/v1/policies/" + policy + "/patrols"), j.staff, entry).andExpect(status().isCreated());
		j.send(post("/api/v1/policies/" + policy + "/patrols"), j.staff, """
				{"kind": "TEA", "heldOn": "2026-11-24", "findings": ""}""")
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/policies/" + policy + "/patrols").with(as(j.authority)))
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].kind").value("SITE_INSPECTION"))
			.andExpect(jsonPath("$[0].followUp").value("限期一周整改"));
		j.send(post("/api/v1/policies/" + policy + "/patrols"), j.contractor, entry).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("R-POL-8: the page takes an attachment; the authority sees the patrol and downloads the file; bad input keeps what was typed")
	void pageWithAttachment_R_POL_8() throws Exception {
		j.send(post("/api/v1/policies/" + policy + "/issue"), j.staff, "{}").andExpect(status().isOk());
		String refused = mvc.perform(multipart("/patrols").param("policyId", "" + policy).param("kind", "TRAINING")
			.param("heldOn", "2026-12-01").param("findings", "工人培训 40 人").with(as(j.staff)).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("巡查日期：不能晚于今天。", "工人培训 40 人");
		var photo = new MockMultipartFile("files", "签到表.pdf", "application/pdf", "%PDF-1.4 签到".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/patrols").file(photo).param("policyId", "" + policy).param("kind", "TRAINING")
			.param("heldOn", "2026-11-23").param("findings", "工人培训 40 人").with(as(j.staff)).with(csrf()))
			.andExpect(redirectedUrl("/patrols?policyId=" + policy));
		String page = mvc.perform(get("/patrols").param("policyId", "" + policy).with(as(j.authority)))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("培训", "工人培训 40 人", "签到表.pdf", "WG-TEST-" + policy);
		String list = mvc.perform(get("/api/v1/patrols").param("policyId", "" + policy).with(as(j.authority)))
			.andReturn().getResponse().getContentAsString();
		long attachment = ((Number) JsonPath.read(list, "$[0].attachments[0].id")).longValue();
		assertThat(mvc.perform(get("/patrols/attachments/" + attachment).with(as(j.authority))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray()).isEqualTo(photo.getBytes());

		long hotanId = organisations.register(OrganisationRegistration.of(OrganisationKind.LOCAL_AUTHORITY, "和田人社" + j.token, "653200"));
		AccessScope hotan = TestPrincipals.scope(Role.LOCAL_AUTHORITY, hotanId, "653200");
		mvc.perform(get("/patrols/attachments/" + attachment).with(as(hotan))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/policies/" + policy + "/patrols").with(as(hotan))).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/patrols").with(as(hotan))).andExpect(jsonPath("$[?(@.policyId == " + policy + ")]").isEmpty());
	}

}
