package io.suretyhub.seal.web;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.seal.SealCertificate;
import io.suretyhub.seal.SealCertificates;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CreditCodes;
import io.suretyhub.testing.TestCertificates;
import io.suretyhub.testing.TestPrincipals;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
@DisplayName("Seal certificate pages: list, upload (validity, key usage, key type checked), hosted key, revoke")
class SealCertificatePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	SealCertificates seals;

	@Test
	void uploadIsCheckedAndRefusalsSayWhyInChineseNothingStored() throws Exception {
		AccessScope admin = admin("上传测试保险");
		Instant now = Instant.now();
		var expired = TestCertificates.seal("过期测试", now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1)));
		assertThat(upload(admin, expired.pem().getBytes(StandardCharsets.US_ASCII)).getFlashMap().get("errors"))
			.asString().contains("证书已于").contains("过期");
		assertThat(upload(admin, "MZ not a certificate".getBytes()).getFlashMap().get("errors")).asString()
			.contains("无法读取证书");
		var notForSigning = TestCertificates.certificate("加密证书", TestCertificates.ec("secp256r1"),
				now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(300)),
				org.bouncycastle.asn1.x509.KeyUsage.keyEncipherment, false);
		assertThat(upload(admin, notForSigning.pem().getBytes()).getFlashMap().get("errors")).asString()
			.contains("数字签名");
		assertThat(upload(admin, new byte[0]).getFlashMap().get("errors")).asString().contains("请选择");
		assertThat(seals.listByInsurer(admin.organisationId())).isEmpty();

		var good = TestCertificates.seal("上传测试保险签章", now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(365)));
		assertThat(upload(admin, good.certificate().getEncoded()).getFlashMap().get("flash")).isNotNull();
		String page = mvc.perform(get("/insurer/certificates").with(as(admin))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("CN=上传测试保险签章").contains("EC P-256").contains("有效").contains("机构上传");
	}

	@Test
	void hostedKeyAndRevocationAndAnotherInsurersCertificateIsNotFound() throws Exception {
		AccessScope admin = admin("托管测试保险");
		mvc.perform(post("/insurer/certificates/hosted").param("keyType", "EC_P384").with(as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/insurer/certificates"));
		List<SealCertificate> on = seals.listByInsurer(admin.organisationId());
		assertThat(on).singleElement().satisfies(c -> {
			assertThat(c.hosted()).isTrue();
			assertThat(c.keyType()).isEqualTo("EC P-384");
		});
		long id = on.get(0).id();

		AccessScope other = admin("别家保险");
		mvc.perform(post("/insurer/certificates/" + id + "/revoke").param("reason", "不是我的").with(as(other))
			.with(csrf())).andExpect(status().isNotFound());
		MvcResult noReason = mvc.perform(post("/insurer/certificates/" + id + "/revoke").param("reason", " ")
			.with(as(admin)).with(csrf())).andReturn();
		assertThat(noReason.getFlashMap().get("errors")).asString().contains("吊销原因");
		assertThat(seals.find(admin.organisationId(), id).orElseThrow().revokedAt()).isNull();

		mvc.perform(post("/insurer/certificates/" + id + "/revoke").param("reason", "密钥轮换").with(as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/insurer/certificates"));
		assertThat(seals.find(admin.organisationId(), id).orElseThrow().revocationReason()).isEqualTo("密钥轮换");
		String page = mvc.perform(get("/insurer/certificates").with(as(admin)).param("lang", "en")).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("Revoked").contains("密钥轮换").contains("Held by the platform");
		String others = mvc.perform(get("/insurer/certificates").with(as(other))).andReturn().getResponse()
			.getContentAsString();
		assertThat(others).doesNotContain("托管测试保险").contains("尚未登记任何签章证书");
	}

	private MvcResult upload(AccessScope admin, byte[] content) throws Exception {
		return mvc.perform(multipart("/insurer/certificates/upload")
			.file(new MockMultipartFile("file", "seal.pem", "application/octet-stream", content))
			.with(as(admin)).with(csrf())).andExpect(redirectedUrl("/insurer/certificates")).andReturn();
	}

	private AccessScope admin(String name) {
		long insurer = organisations.register(OrganisationRegistration.of(OrganisationKind.INSURER,
				name + System.nanoTime() % 100000, "650000").withCreditCode(CreditCodes.next("650000")));
		return TestPrincipals.scope(Role.INSURER_ADMIN, insurer, "650000");
	}

}
