package io.suretyhub.document.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;

import io.suretyhub.document.PolicyDocuments;
import io.suretyhub.document.PolicyNumbers;
import io.suretyhub.document.PolicySamples;
import io.suretyhub.document.RemoteSigning;
import io.suretyhub.seal.SealCertificates;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.InsurerSystem;
import io.suretyhub.testing.TestPrincipals;
import io.suretyhub.testing.TestCertificates;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("R-POL-5: an insurer's tool reads the digest, fetches the prepared PDF and returns the CMS over HTTP")
class RemoteSigningWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	PolicyDocuments documents;

	@Autowired
	PolicyNumbers numbers;

	@Autowired
	SealCertificates seals;

	@Test
	void signsOverHttpAndRefusesABadSignatureWithItsReason() throws Exception {
		long insurer = 81;
		var key = TestCertificates.seal("远程保险公司", Instant.now().minus(Duration.ofDays(1)),
				Instant.now().plus(Duration.ofDays(3650)));
		seals.register(insurer, key.pem().getBytes());
		String number = numbers.next(AreaCode.of("650100"), 2026, insurer);
		RemoteSigning request = documents.prepareRemote(PolicySamples.policy(number, "QWERTY2345", insurer));
		String base = "/api/v1/insurers/" + insurer + "/signing-requests/" + request.id();

		mvc.perform(get(base).with(as(Role.INSURER_STAFF, insurer)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.digestAlgorithm").value("SHA-256"))
			.andExpect(jsonPath("$.digestHex").value(request.digestHex()));
		mvc.perform(get(base + "/prepared.pdf").with(as(Role.INSURER_STAFF, insurer)))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));
		mvc.perform(get(base).with(as(Role.INSURER_STAFF, insurer + 1))).andExpect(status().isNotFound());

		mvc.perform(post(base + "/signature").contentType("application/pkcs7-signature")
			.content(InsurerSystem.sign(new byte[32], key))
			.with(as(Role.INSURER_STAFF, insurer)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("document.signing.refused.DIGEST_MISMATCH"));
		mvc.perform(post(base + "/signature").contentType("application/pkcs7-signature")
			.content(InsurerSystem.sign(request.digest(), key))
			.with(as(Role.INSURER_STAFF, insurer)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.number").value(number))
			.andExpect(jsonPath("$.mode").value("REMOTE"));
		mvc.perform(get(base).with(as(Role.INSURER_STAFF, insurer))).andExpect(status().isNotFound());
	}

	/** Signed in as an account of {@code role} in {@code organisation}, with a CSRF token as a browser sends it. */
	private static RequestPostProcessor as(Role role, long organisation) {
		return request -> csrf().postProcessRequest(
				TestPrincipals.as(TestPrincipals.scope(role, organisation, "650000")).postProcessRequest(request));
	}

}
