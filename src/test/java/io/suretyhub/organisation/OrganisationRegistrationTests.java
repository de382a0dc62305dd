package io.suretyhub.organisation;

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

import java.util.UUID;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CreditCodes;
import io.suretyhub.testing.MutableClockConfiguration;
import io.suretyhub.testing.TestPrincipals;
import io.suretyhub.testing.Xlsx;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
@RecordApplicationEvents
class OrganisationRegistrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	ApplicationEvents events;

	String token = UUID.randomUUID().toString().substring(0, 8);

	AccessScope admin = TestPrincipals.scope(Role.SYSTEM_ADMIN, 1, "650000");

	@Test
	@DisplayName("A wrong credit-code checksum is refused on the form, naming the field and the reason in Chinese")
	void wrongChecksumOnTheForm() throws Exception {
		String html = mvc
			.perform(post("/organisations").with(as(admin)).with(csrf())
				.param("name", "校验位测试" + token)
				.param("kind", "CONTRACTOR")
				.param("areaCode", "650102")
				.param("creditCode", CreditCodes.withWrongCheck(CreditCodes.next("650102"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("统一社会信用代码：校验位（第 18 位）错误").contains("is-invalid").contains("校验位测试" + token);
		assertThat(organisations.search(new OrganisationSearch("校验位测试" + token, null, null), admin,
				PageRequest.of(0, 10)))
			.isEmpty();
	}

	@Test
	@DisplayName("The API answers 400 with every refused field and its reason")
	void apiRefusesBadInputFieldByField() throws Exception {
		String body = """
				{"name": "", "kind": "CONTRACTOR", "areaCode": "653300", "creditCode": "%s", "contactPhone": "12345"}"""
			.formatted(CreditCodes.withWrongCheck(CreditCodes.next("653101")));
		mvc.perform(post("/api/v1/organisations").with(as(admin)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[*].field",
					Matchers.containsInAnyOrder("name", "areaCode", "creditCode", "contactPhone")))
			.andExpect(jsonPath("$.errors[?(@.field == 'creditCode')].reason").value("统一社会信用代码：校验位（第 18 位）错误，请核对后重新输入。"))
			.andExpect(jsonPath("$.errors[?(@.field == 'areaCode')].reason").value("所在地区：行政区划代码“653300”不存在。"));
		mvc.perform(post("/api/v1/organisations?lang=en").with(as(admin)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"x\", \"kind\": \"BANK\", \"areaCode\": \"650102\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"))
			.andExpect(jsonPath("$.errors[0].reason").value("Kind: choose a valid kind."));
	}

	@Test
	@DisplayName("Registering by API answers 201 and records an audit event")
	void apiRegisters() throws Exception {
		String code = CreditCodes.next("653101");
		String body = """
				{"name": "喀什建设%s", "kind": "CONTRACTOR", "areaCode": "653101", "creditCode": "%s",
				 "address": "喀什市人民路1号", "contactPerson": "张三", "contactPhone": "13812345678"}"""
			.formatted(token, code.toLowerCase());
		mvc.perform(post("/api/v1/organisations").with(as(admin)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", Matchers.startsWith("/api/v1/organisations/")))
			.andExpect(jsonPath("$.creditCode").value(code))
			.andExpect(jsonPath("$.areaName").value("喀什地区 喀什市"))
			.andExpect(jsonPath("$.contactPhone").value("13812345678"));
		assertThat(events.stream(AuditEvent.class).filter(e -> e.action().equals("organisation.register"))).hasSize(1);
		mvc.perform(post("/api/v1/organisations").with(as(admin)).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].reason").value("统一社会信用代码：该代码已登记。"));
	}

	@Test
	@DisplayName("The form registers and leads to the new organisation's page")
	void formRegisters() throws Exception {
		mvc.perform(post("/organisations").with(as(admin)).with(csrf())
			.param("name", "表单登记" + token)
			.param("kind", "LOCAL_AUTHORITY")
			.param("areaCode", "653100")
			.param("parentId", ""))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/organisations/*"));
		assertThat(mvc.perform(get("/organisations/new").with(as(admin))).andReturn().getResponse().getContentAsString())
			.contains("organisation-form", "喀什地区");
	}

	@Test
	@DisplayName("R-GEO-2: an insurer's prefecture branch lies in one prefecture and hangs under the region branch")
	void insurerBranches_R_GEO_2() throws Exception {
		long insurer = organisations.register(OrganisationRegistration
			.of(OrganisationKind.INSURER, "测试保险新疆分公司" + token, "650000")
			.withCreditCode(CreditCodes.next("650000")));
		var branch = OrganisationRegistration.of(OrganisationKind.INSURER_BRANCH, "测试保险喀什支公司" + token, "653101");
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> organisations.register(branch))
			.satisfies(e -> assertThat(e.problems()).extracting(InvalidInput.Problem::messageKey)
				.containsExactlyInAnyOrder("organisation.error.areaCode.level.INSURER_BRANCH",
						"organisation.error.parentId.required"));
		long kashgarBranch = organisations.register(
				OrganisationRegistration.of(OrganisationKind.INSURER_BRANCH, "测试保险喀什支公司" + token, "653100")
					.withParent(insurer));
		assertThat(organisations.branches(insurer)).extracting(Organisation::id).containsExactly(kashgarBranch);
		assertThat(mvc.perform(get("/organisations/" + insurer).with(as(admin))).andReturn().getResponse()
			.getContentAsString()).contains("测试保险喀什支公司" + token);
		var contractor = OrganisationRegistration.of(OrganisationKind.CONTRACTOR, "无代码" + token, "653101")
			.withParent(insurer);
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> organisations.register(contractor))
			.satisfies(e -> assertThat(e.problems()).extracting(InvalidInput.Problem::field)
				.containsExactlyInAnyOrder("creditCode", "parentId"));
	}

	@Test
	@DisplayName("R-GEO-2: a registrar registers only inside its own area")
	void registrarStaysInsideItsArea_R_GEO_2() {
		AccessScope urumqi = TestPrincipals.scope(Role.LOCAL_AUTHORITY, 1, "650100");
		var kashgar = OrganisationRegistration.of(OrganisationKind.LOCAL_AUTHORITY, "越界登记" + token, "653100");
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> organisations.register(kashgar, urumqi))
			.satisfies(e -> assertThat(e.problems()).extracting(InvalidInput.Problem::messageKey)
				.containsExactly("organisation.error.areaCode.outOfScope"));
	}

	@Test
	@DisplayName("Contact phones are masked in lists and exports; authorities see them on the detail page, audited")
	void phonesAreMasked() throws Exception {
		long id = organisations.register(OrganisationRegistration.of(OrganisationKind.CONTRACTOR, "电话测试" + token, "650102")
			.withCreditCode(CreditCodes.next("650102"))
			.withContact("天山区1号", "李四", "13812345678"));
		AccessScope region = TestPrincipals.scope(Role.REGION_AUTHORITY, 1, "650000");
		AccessScope regulator = TestPrincipals.scope(Role.FINANCIAL_REGULATOR, 1, "650000");
		assertThat(body("/organisations?q=电话测试" + token, region)).contains("138****5678").doesNotContain("13812345678");
		assertThat(body("/api/v1/organisations?q=电话测试" + token, region)).contains("138****5678")
			.doesNotContain("13812345678");
		assertThat(body("/organisations/" + id, regulator)).contains("138****5678").doesNotContain("13812345678");
		assertThat(events.stream(AuditEvent.class).filter(e -> e.action().equals("organisation.contact.reveal"))).isEmpty();
		assertThat(body("/organisations/" + id, region)).contains("13812345678");
		assertThat(events.stream(AuditEvent.class).filter(e -> e.action().equals("organisation.contact.reveal")))
			.extracting(AuditEvent::objectId)
			.containsExactly(String.valueOf(id));
	}

	@Test
	@DisplayName("Pages and exports speak English on request, area names included")
	void english() throws Exception {
		organisations.register(OrganisationRegistration.of(OrganisationKind.CONTRACTOR, "English" + token, "653121")
			.withCreditCode(CreditCodes.next("653121")));
		assertThat(body("/organisations?lang=en&q=English" + token, admin)).contains("Organisations", "Kashgar Prefecture Shufu County",
				"General contractor");
		var export = mvc.perform(get("/organisations/export.xlsx?lang=en&q=English" + token).with(as(admin))).andReturn()
			.getResponse();
		assertThat(export.getHeader("Content-Disposition")).contains("organisations.xlsx");
		assertThat(Xlsx.rows(export.getContentAsByteArray())).hasSize(2)
			.first()
			.asInstanceOf(InstanceOfAssertFactories.LIST)
			.contains("Name", "Unified social credit code", "Contact phone");
	}

	private String body(String url, AccessScope viewer) throws Exception {
		return mvc.perform(get(url).with(as(viewer))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

}
