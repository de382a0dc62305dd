package io.suretyhub.seal.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import io.suretyhub.shared.Role;
import io.suretyhub.testing.TestPrincipals;
import io.suretyhub.testing.TestCertificates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("R-POL-5: an insurer admin keeps its seal certificates on file")
class SealCertificateWebTests {

	static final String BASE = "/api/v1/insurers/{insurer}/certificates";

	@Autowired
	MockMvc mvc;

	@Test
	void uploadsListsAndRevokesItsCertificates() throws Exception {
		var key = TestCertificates.seal("新疆保险公司", Instant.now().minus(Duration.ofDays(1)),
				Instant.now().plus(Duration.ofDays(3650)));
		mvc.perform(multipart(BASE, 61).file(file(key.pem().getBytes())).with(as(Role.INSURER_ADMIN, 61)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.keyType").value("EC P-256"))
			.andExpect(jsonPath("$.hosted").value(false))
			.andExpect(jsonPath("$.standing").value("VALID"));
		mvc.perform(multipart(BASE, 61).file(file(key.pem().getBytes())).with(as(Role.INSURER_ADMIN, 61)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("seal.refused.ALREADY_REGISTERED"))
			.andExpect(jsonPath("$.rule").value("R-POL-5"));
		String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(get(BASE, 61).with(as(Role.INSURER_ADMIN, 61)))
			.andExpect(jsonPath("$.length()").value(1))
			.andReturn()
			.getResponse()
			.getContentAsString(), "$[0].id").toString();
		mvc.perform(post(BASE + "/{id}/revoke", 61, id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"私钥泄露\"}")
			.with(as(Role.INSURER_ADMIN, 61)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.standing").value("REVOKED"))
			.andExpect(jsonPath("$.revocationReason").value("私钥泄露"));
	}

	@Test
	void refusesAnUnfitCertificateWithItsReason() throws Exception {
		var expired = TestCertificates.seal("过期证书", Instant.now().minus(Duration.ofDays(400)),
				Instant.now().minus(Duration.ofDays(1)));
		mvc.perform(multipart(BASE, 62).file(file(expired.pem().getBytes())).with(as(Role.INSURER_ADMIN, 62)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("seal.refused.EXPIRED"));
		mvc.perform(multipart(BASE, 62).file(file("hello".getBytes())).with(as(Role.INSURER_ADMIN, 62)))
			.andExpect(jsonPath("$.code").value("seal.refused.UNREADABLE"));
	}

	@Test
	void thePlatformMakesAHostedKeyWithADemoCertificate() throws Exception {
		mvc.perform(post(BASE + "/hosted", 63).contentType(MediaType.APPLICATION_JSON)
			.content("{\"subjectName\":\"中国人寿财产保险股份有限公司新疆分公司\",\"keyType\":\"RSA_2048\"}")
			.with(as(Role.INSURER_ADMIN, 63)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.hosted").value(true))
			.andExpect(jsonPath("$.keyType").value("RSA 2048"))
			.andExpect(jsonPath("$.issuer").value(org.hamcrest.Matchers.containsString("DEMO CA")));
		mvc.perform(post(BASE + "/hosted", 63).contentType(MediaType.APPLICATION_JSON)
			.content("{\"subjectName\":\"\"}")
			.with(as(Role.INSURER_ADMIN, 63)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void anotherInsurersCertificatesAnswer404AndStaffMayNotManage() throws Exception {
		mvc.perform(get(BASE, 64).with(as(Role.INSURER_ADMIN, 65))).andExpect(status().isNotFound());
		mvc.perform(get(BASE + "/{id}", 64, 999).with(as(Role.INSURER_ADMIN, 64)))
			.andExpect(status().isNotFound());
		mvc.perform(get(BASE, 64).with(as(Role.INSURER_STAFF, 64))).andExpect(status().isForbidden());
	}

	private static MockMultipartFile file(byte[] content) {
		return new MockMultipartFile("file", "seal.pem", "application/x-pem-file", content);
	}

	/** Signed in as an account of {@code role} in {@code organisation}, with a CSRF token as a browser sends it. */
	private static RequestPostProcessor as(Role role, long organisation) {
		return request -> csrf().postProcessRequest(
				TestPrincipals.as(TestPrincipals.scope(role, organisation, "650000")).postProcessRequest(request));
	}

}
