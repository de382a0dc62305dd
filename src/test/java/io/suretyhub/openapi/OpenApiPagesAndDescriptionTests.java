package io.suretyhub.openapi;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import com.jayway.jsonpath.JsonPath;

import io.suretyhub.openapi.internal.InsurerSystems;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.policy.PolicyJourney;
import io.suretyhub.policy.PolicyTestDoubles;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.MutableClockConfiguration;
import io.suretyhub.testing.TestPrincipals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "suretyhub.openapi.webhooks.enabled=false")
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, PolicyTestDoubles.class, io.suretyhub.insurer.InsurerFixtures.class })
class OpenApiPagesAndDescriptionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	PolicyTestDoubles.Register register;

	@Autowired
	InsurerSystems systems;

	@Autowired
	MessageSource messages;

	@Test
	@DisplayName("The insurer admin registers a system on the page: the secret is shown once, never on the page again")
	void registerOnThePage() throws Exception {
		var j = new PolicyJourney(mvc, organisations, register);
		String answer = mvc.perform(post("/open/systems").param("name", "承保系统").with(as(j.insurerAdmin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("issued-secret-value")))
			.andReturn().getResponse().getContentAsString();
		String secret = org.jsoup.Jsoup.parse(answer).getElementById("issued-secret-value").text();
		assertThat(secret).hasSizeGreaterThanOrEqualTo(40);
		mvc.perform(get("/open/systems").with(as(j.insurerAdmin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("承保系统")))
			.andExpect(content().string(not(containsString(secret))));
		var other = TestPrincipals.scope(Role.INSURER_ADMIN, j.insurerId + 1_000_000, "650000");
		mvc.perform(get("/open/systems").with(as(other))).andExpect(content().string(not(containsString("承保系统"))));
		mvc.perform(get("/open/systems").with(as(j.contractor))).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("Delivery status: the insurer admin and the system admin open the page; a contractor may not")
	void deliveriesPage() throws Exception {
		var j = new PolicyJourney(mvc, organisations, register);
		mvc.perform(get("/open/deliveries").with(as(j.insurerAdmin))).andExpect(status().isOk());
		mvc.perform(get("/open/deliveries").with(as(TestPrincipals.scope(Role.SYSTEM_ADMIN, 1, "650000"))))
			.andExpect(status().isOk());
		mvc.perform(get("/open/deliveries").with(as(j.contractor))).andExpect(status().isForbidden());
	}

	@Test
	@DisplayName("/v3/api-docs is public and describes every /open/v1 endpoint, the signature headers, the Idempotency-Key and the problem schema")
	void description() throws Exception {
		String json = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/open/v1/applications'].get").exists())
			.andExpect(jsonPath("$.paths['/open/v1/applications/{id}'].get").exists())
			.andExpect(jsonPath("$.paths['/open/v1/applications/{id}/issue'].post.parameters[*].name",
					hasItem("Idempotency-Key")))
			.andExpect(jsonPath("$.paths['/open/v1/applications/{id}/refusal'].post").exists())
			.andExpect(jsonPath("$.paths['/open/v1/events'].get").exists())
			.andExpect(jsonPath("$.paths['/open/v1/reminders'].get").exists())
			.andExpect(jsonPath("$.paths['/open/v1/sanctions'].get").exists())
			.andExpect(jsonPath("$.paths['/open/v1/quarterly-reports'].post").exists())
			.andExpect(jsonPath("$.paths['/open/v1/payment-notices'].get").exists())
			.andExpect(jsonPath("$.paths['/open/v1/payment-notices/{id}'].get").exists())
			.andExpect(jsonPath("$.paths['/open/v1/payment-notices/{id}/payments'].post.parameters[*].name",
					hasItem("Idempotency-Key")))
			.andExpect(jsonPath("$.components.securitySchemes['X-SH-Signature'].in").value("header"))
			.andExpect(jsonPath("$.components.schemas.Problem.properties.code").exists())
			.andExpect(jsonPath("$.paths['/open/v1/events'].get.responses['401']").exists())
			.andExpect(jsonPath("$.paths['/open/v1/applications/{id}/remote-issue'].post.responses['201']").exists())
			.andExpect(jsonPath("$.paths['/open/v1/signing-requests/{id}'].get").exists())
			.andExpect(jsonPath("$.paths['/open/v1/signing-requests/{id}/prepared.pdf'].get.responses['200'].content['application/pdf']").exists())
			.andExpect(jsonPath("$.paths['/open/v1/signing-requests/{id}/signature'].post.parameters[*].name",
					hasItem("Idempotency-Key")))
			.andExpect(jsonPath("$.components.schemas.SignatureSubmission.properties.cms").exists())
			.andExpect(jsonPath("$.components.schemas.Problem.properties.reason").exists())
			.andExpect(jsonPath("$.paths['/open/v1/patrols'].post").exists())
			.andExpect(jsonPath("$.paths['/open/v1/historical-policies'].post").exists())
			.andReturn().getResponse().getContentAsString();
		java.util.Map<String, Object> paths = JsonPath.read(json, "$.paths");
		assertThat(paths.keySet()).allMatch(path -> path.startsWith("/open/v1/") || path.startsWith("/public/v1/"));
		assertThat((java.util.List<?>) JsonPath.read(json, "$.paths['/open/v1/events'].get.security[0]['X-SH-Nonce']"))
			.isNotNull();
	}

	@Test
	@DisplayName("R-POL-5: the description includes the public verification API with its schemas and errors, without the signature")
	void publicVerificationIsDescribed() throws Exception {
		mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/public/v1/policies/{number}'].get.parameters[*].name", hasItem("code")))
			.andExpect(jsonPath("$.paths['/public/v1/policies/{number}'].get.responses['200'].content['application/json'].schema['$ref']")
				.value("#/components/schemas/PublicPolicy"))
			.andExpect(jsonPath("$.paths['/public/v1/policies/{number}'].get.responses['404'].content['application/problem+json'].schema['$ref']")
				.value("#/components/schemas/PublicProblem"))
			.andExpect(jsonPath("$.paths['/public/v1/policies/{number}'].get.responses['429'].headers['Retry-After']").exists())
			.andExpect(jsonPath("$.paths['/public/v1/policies/{number}'].get.security").doesNotExist())
			.andExpect(jsonPath("$.paths['/public/v1/verifications'].post.requestBody.content['multipart/form-data'].schema.properties.file.format")
				.value("binary"))
			.andExpect(jsonPath("$.paths['/public/v1/verifications'].post.responses['200'].content['application/json'].schema['$ref']")
				.value("#/components/schemas/Verification"))
			.andExpect(jsonPath("$.paths['/public/v1/verifications'].post.security").doesNotExist())
			.andExpect(jsonPath("$.paths['/public/v1/verifications'].post.parameters").doesNotExist())
			.andExpect(jsonPath("$.components.schemas.PublicPolicy.properties.sumInsured").exists())
			.andExpect(jsonPath("$.components.schemas.Verification.properties.verified.type").value("boolean"))
			.andExpect(jsonPath("$.components.schemas.VerificationReason.properties.code.enum", hasItem("MODIFIED_AFTER_SIGNING")));
	}

	@Test
	@DisplayName("Every error code has its message in Chinese and English")
	void everyCodeHasBothMessages() throws Exception {
		for (String code : io.suretyhub.openapi.web.OpenApiErrorCodes.ALL) {
			String key = "openapi.error." + code;
			assertThat(messages.getMessage(key, null, null, Locale.SIMPLIFIED_CHINESE)).as(key).isNotNull();
			assertThat(messages.getMessage(key, null, null, Locale.ENGLISH)).as(key).isNotNull()
				.isNotEqualTo(messages.getMessage(key, null, null, Locale.SIMPLIFIED_CHINESE));
		}
	}

}
