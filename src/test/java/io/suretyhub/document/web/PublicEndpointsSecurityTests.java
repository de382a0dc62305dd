package io.suretyhub.document.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("R-POL-5: verification needs no login; downloads and certificates do")
class PublicEndpointsSecurityTests {

	@Autowired
	MockMvc mvc;

	@Test
	void anyoneReachesVerificationWithoutSigningIn() throws Exception {
		mvc.perform(get("/public/verify")).andExpect(status().isOk());
		mvc.perform(get("/public/v1/policies/{n}", "WG-650100-2026-0001-000001").param("code", "ABCDEFGH23"))
			.andExpect(status().isNotFound());
		mvc.perform(multipart("/public/verify").file(new MockMultipartFile("file", "x.pdf", "application/pdf", new byte[10]))
			.with(csrf())).andExpect(status().isOk()).andExpect(content().string(containsString("id=\"result-rejected\"")));
	}

	@Test
	void staffEndpointsAskForASignIn() throws Exception {
		mvc.perform(get("/api/v1/policies/{n}/document", "WG-650100-2026-0001-000001")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/insurers/{i}/certificates", 1)).andExpect(status().isUnauthorized());
	}

}
