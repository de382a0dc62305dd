package io.suretyhub.document.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.suretyhub.document.PolicyDocument;
import io.suretyhub.document.PolicyDocuments;
import io.suretyhub.document.PolicyNumbers;
import io.suretyhub.document.PolicySamples;
import io.suretyhub.seal.HostedKeyRequest;
import io.suretyhub.seal.KeyType;
import io.suretyhub.seal.SealCertificates;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
@DisplayName("R-POL-5: anyone can verify a policy by number and code, QR link or upload")
class PublicVerificationWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PolicyDocuments documents;

	@Autowired
	PolicyNumbers numbers;

	@Autowired
	SealCertificates seals;

	PolicyDocument policy;

	byte[] pdf;

	@BeforeEach
	void issue() {
		long insurer = 51;
		var certificate = seals.createHosted(insurer, new HostedKeyRequest(PolicySamples.INSURER_NAME, KeyType.EC_P256));
		policy = PolicySamples.policy(numbers.next(AreaCode.of("650100"), 2026, insurer), numbers.newVerificationCode(),
				insurer);
		documents.issueHosted(policy, certificate.id());
		pdf = documents.content(policy.number()).orElseThrow();
	}

	@Test
	void byNumberAndCodeTheKeyFieldsAndStatusAreShown() throws Exception {
		mvc.perform(get("/public/v1/policies/{n}", policy.number()).param("code", policy.verificationCode())
			.with(from("10.0.0.1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(policy.number()))
			.andExpect(jsonPath("$.status").value("issued"))
			.andExpect(jsonPath("$.issuer").value(PolicySamples.INSURER_NAME))
			.andExpect(jsonPath("$.sumInsured").value("1234567.89"));
		mvc.perform(get("/public/v1/policies/{n}", policy.number()).param("code", "WRONGCODE2").with(from("10.0.0.1")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/public/v1/policies/{n}", "WG-000000-2026-0000-000000").param("code", policy.verificationCode())
			.with(from("10.0.0.1")))
			.andExpect(status().isNotFound());
	}

	@Test
	void theQrLinkOpensThePageWithThePolicy() throws Exception {
		mvc.perform(get("/public/verify").param("number", policy.number())
			.param("code", policy.verificationCode().toLowerCase())
			.with(from("10.0.0.2")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"policy-number\">" + policy.number())))
			.andExpect(content().string(containsString("已签发")));
		mvc.perform(get("/public/verify").param("number", policy.number()).param("code", "X").with(from("10.0.0.2")))
			.andExpect(content().string(containsString("id=\"not-found\"")));
	}

	@Test
	void anUploadedOriginalIsVerifiedAndAChangedCopyIsNot() throws Exception {
		mvc.perform(multipart("/public/v1/verifications").file(new MockMultipartFile("file", "p.pdf", "application/pdf", pdf))
			.with(from("10.0.0.3")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.verified").value(true))
			.andExpect(jsonPath("$.number").value(policy.number()))
			.andExpect(jsonPath("$.status").value("issued"));
		byte[] changed = pdf.clone();
		changed[pdf.length / 3] ^= 0x01;
		mvc.perform(multipart("/public/v1/verifications").file(new MockMultipartFile("file", "p.pdf", "application/pdf", changed))
			.with(from("10.0.0.3")).with(csrf()))
			.andExpect(jsonPath("$.verified").value(false))
			.andExpect(jsonPath("$.reasons[*].code").value(hasItem("NOT_ISSUED_BY_PLATFORM")));
		mvc.perform(multipart("/public/verify").file(new MockMultipartFile("file", "p.pdf", "application/pdf", pdf))
			.with(from("10.0.0.3")).with(csrf()))
			.andExpect(content().string(containsString("id=\"result-verified\"")));
	}

	@Test
	void publicVerificationIsRateLimitedPerAddress() throws Exception {
		for (int i = 0; i < 30; i++) {
			mvc.perform(get("/public/v1/policies/{n}", "WG-X").param("code", "ABC").with(from("10.9.9.9")))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/public/v1/policies/{n}", "WG-X").param("code", "ABC").with(from("10.9.9.9")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		mvc.perform(get("/public/v1/policies/{n}", "WG-X").param("code", "ABC").with(from("10.9.9.10")))
			.andExpect(status().isNotFound());
	}

	@Test
	void partiesDownloadTheSignedBytesOthersGet404() throws Exception {
		String path = "/api/v1/policies/" + policy.number() + "/document";
		mvc.perform(get(path).with(as(Role.INSURER_STAFF, 51)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(pdf));
		mvc.perform(get(path).with(as(Role.INSURER_STAFF, 52))).andExpect(status().isNotFound());
		mvc.perform(get(path).with(as(Role.REGION_AUTHORITY, 1))).andExpect(status().isOk());
		mvc.perform(get(path).with(as(Role.CONTRACTOR, 7))).andExpect(status().isForbidden());
	}

	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	/** Signed in as an account of {@code role} in {@code organisation}, with a CSRF token as a browser sends it. */
	private static RequestPostProcessor as(Role role, long organisation) {
		return request -> csrf().postProcessRequest(
				TestPrincipals.as(TestPrincipals.scope(role, organisation, "650000")).postProcessRequest(request));
	}

}
