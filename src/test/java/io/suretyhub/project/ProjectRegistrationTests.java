package io.suretyhub.project;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.Money;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CreditCodes;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;
import io.suretyhub.testing.TestPrincipals;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
@RecordApplicationEvents
class ProjectRegistrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	Projects projects;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	String token = UUID.randomUUID().toString().substring(0, 8);

	AccessScope contractor;

	@BeforeEach
	void aContractor() {
		long id = organisations.register(OrganisationRegistration.of(OrganisationKind.CONTRACTOR, "登记测试建工" + token, "653101")
			.withCreditCode(CreditCodes.next("653101")));
		contractor = TestPrincipals.scope(Role.CONTRACTOR, id, "653101");
	}

	@Test
	@DisplayName("A contractor registers a project by form, for its own organisation, at the clock's time")
	void formRegisters() throws Exception {
		clock.setLocal("2026-11-24T10:30:00");
		String location = mvc.perform(post("/projects").with(as(contractor)).with(csrf())
			.param("name", "喀什市第一小学扩建" + token)
			.param("areaCode", "653101")
			.param("ownerName", "喀什市教育局")
			.param("contractPrice", "12,500,000.50")
			.param("address", "喀什市解放北路 8 号")
			.param("type", "HOUSING").param("works", "BUILDING").param("kind", "EXTENSION")
			.param("periodStart", "2027-03-01").param("periodEnd", "2028-06-30")
			.param("permitNumber", "653101202611240001").param("permitDate", "2026-11-24"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/projects/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring("/projects/".length()));
		Project project = projects.find(id).orElseThrow();
		assertThat(project.contractorId()).isEqualTo(contractor.organisationId());
		assertThat(project.contractPrice()).isEqualTo(Money.yuan("12500000.50"));
		assertThat(project.registeredAt()).isEqualTo(Instant.parse("2026-11-24T02:30:00Z"));
		assertThat(events.stream(AuditEvent.class).filter(e -> e.action().equals("project.register")))
			.extracting(AuditEvent::objectId)
			.containsExactly(String.valueOf(id));
		assertThat(mvc.perform(get(location).with(as(contractor))).andReturn().getResponse().getContentAsString())
			.contains("12,500,000.50", "喀什地区 喀什市", "2026-11-24 10:30");
	}

	@Test
	@DisplayName("Bad input on the form is shown next to each field, in Chinese")
	void formShowsFieldErrors() throws Exception {
		String html = mvc.perform(post("/projects").with(as(contractor)).with(csrf())
			.param("name", "")
			.param("areaCode", "659000")
			.param("ownerName", "业主")
			.param("contractPrice", "abc")
			.param("address", "某路"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("项目名称：必须填写。", "合同价款：应为金额数字", "项目所在地区：应选择具体的地（州、市）或县（市、区）。");
		assertThat(mvc.perform(get("/projects/new").with(as(contractor))).andReturn().getResponse().getContentAsString())
			.contains("project-form", "塔什库尔干塔吉克自治县");
	}

	@Test
	@DisplayName("The API registers (201) and refuses bad input with 400, field and reason")
	void apiRegistersAndRefuses() throws Exception {
		mvc.perform(post("/api/v1/projects").with(as(contractor)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "API项目%s", "areaCode": "653121", "ownerName": "疏附县住建局",
					 "contractPrice": 8000000.00, "address": "疏附县托克扎克镇", "type": "WATER", "works": "LINES_AND_PIPELINES",
					 "kind": "NEW", "periodStart": "2027-01-01", "periodEnd": "2027-12-31", "contractDate": "2026-11-20"}""".formatted(token)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", Matchers.startsWith("/api/v1/projects/")))
			.andExpect(jsonPath("$.contractPrice").value(8000000.00))
			.andExpect(jsonPath("$.contractorName").value("登记测试建工" + token))
			.andExpect(jsonPath("$.areaName").value("喀什地区 疏附县"));
		mvc.perform(post("/api/v1/projects").with(as(contractor)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name": "x", "areaCode": "650000", "ownerName": "", "contractPrice": "12.345", "address": "y",
					 "type": "POWER", "works": "BUILDING", "kind": "NEW", "periodStart": "2027-01-01",
					 "periodEnd": "2027-12-31", "contractDate": "2026-11-20"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("areaCode", "ownerName", "contractPrice")))
			.andExpect(jsonPath("$.errors[?(@.field == 'contractPrice')].reason").value("合同价款：最多保留两位小数（精确到分）。"));
	}

	@Test
	@DisplayName("Only a registered general contractor registers projects; prices must fit NUMERIC(18,2)")
	void onlyContractors() {
		long authority = organisations.register(OrganisationRegistration.of(OrganisationKind.LOCAL_AUTHORITY, "人社局" + token, "653100"));
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> projects.register(new ProjectRegistration(authority, "x", "653101", "y", "1.00", "z",
				"HOUSING", "BUILDING", "NEW", "2026-03-01", "2027-06-30", null, null, "2026-02-20")))
			.satisfies(e -> assertThat(e.problems()).extracting(InvalidInput.Problem::field).containsExactly("contractorId"));
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> projects.register(new ProjectRegistration(contractor.organisationId(), "x", "653101", "y",
					"12345678901234567.00", "z", "HOUSING", "BUILDING", "NEW", "2026-03-01", "2027-06-30", null, null, "2026-02-20")))
			.satisfies(e -> assertThat(e.problems()).extracting(InvalidInput.Problem::messageKey)
				.containsExactly("project.error.contractPrice.tooLarge"));
		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> projects.register(new ProjectRegistration(contractor.organisationId(), "x", "653101", "y",
					"0", "z", "HOUSING", "BUILDING", "NEW", "2026-03-01", "2027-06-30", null, null, "2026-02-20")))
			.satisfies(e -> assertThat(e.problems()).extracting(InvalidInput.Problem::messageKey)
				.containsExactly("project.error.contractPrice.positive"));
	}

}
