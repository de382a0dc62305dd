package io.suretyhub.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import io.suretyhub.document.PolicyDocuments;
import io.suretyhub.document.internal.Pdfsig;
import io.suretyhub.openapi.internal.InsurerSystems;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.policy.PolicyJourney;
import io.suretyhub.policy.PolicyTestDoubles;
import io.suretyhub.seal.SealCertificates;
import io.suretyhub.testing.InsurerSystem;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;
import io.suretyhub.testing.TestCertificates;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "suretyhub.openapi.webhooks.enabled=false")
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, PolicyTestDoubles.class, io.suretyhub.insurer.InsurerFixtures.class })
@DisplayName("R-POL-5: an insurer's system issues through /open/v1 with a remote signature by a key the platform never sees")
class OpenRemoteSigningTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	PolicyTestDoubles.Register register;

	@Autowired
	InsurerSystems systems;

	@Autowired
	SealCertificates seals;

	@Autowired
	PolicyDocuments documents;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	PolicyJourney j;

	SignedMvc system;

	TestCertificates.TestKey key;

	long application;

	@BeforeEach
	void insurerWithItsOwnKeyAndAnApplication() throws Exception {
		clock.setLocal("2026-11-23T09:00:00");
		j = new PolicyJourney(mvc, organisations, register);
		var issued = systems.register("核心业务系统", j.insurerAdmin);
		system = SignedMvc.hmac(mvc, clock, issued.appId(), issued.secret());
		key = TestCertificates.seal("远程签章财产保险股份有限公司", clock.instant().minus(Duration.ofDays(30)),
				clock.instant().plus(Duration.ofDays(365)));
		seals.register(j.insurerId, key.pem().getBytes());
		long project = j.registerProject("2027-01-01", "2027-12-31");
		j.confirmRatio(project);
		j.fileRate("0.002", "null");
		application = j.applied(j.apply(project, j.insurerId, "187500.00", "2027-01-01", "2027-12-31"));
	}

	@Test
	@DisplayName("Prepare, fetch the digest and the prepared PDF, post the CMS: the policy is issued and passes pdfsig")
	void remoteIssueEndToEnd() throws Exception {
		String prepared = system.post("/open/v1/applications/" + application + "/remote-issue",
				"{\"underwriter\":\"王核保\"}", "remote-" + application)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.applicationId").value(application))
			.andExpect(jsonPath("$.digestAlgorithm").value("SHA-256"))
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(prepared, "$.id");
		String number = JsonPath.read(prepared, "$.number");
		byte[] digest = Base64.getDecoder().decode((String) JsonPath.read(prepared, "$.digestBase64"));
		List<Integer> range = JsonPath.read(prepared, "$.byteRange");

		system.get("/open/v1/signing-requests/" + id)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.number").value(number))
			.andExpect(jsonPath("$.digestHex").value(java.util.HexFormat.of().formatHex(digest)));
		byte[] pdf = system.get("/open/v1/signing-requests/" + id + "/prepared.pdf")
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(digestOf(pdf, range)).isEqualTo(digest);
		system.get("/open/v1/applications/" + application).andExpect(jsonPath("$.status").value("APPLIED"));

		system.post("/open/v1/signing-requests/" + id + "/signature", cms(InsurerSystem.sign(digest, key)), "sign-" + id)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.applicationId").value(application))
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.policyNumber").value(number))
			.andExpect(jsonPath("$.sha256").value(documents.find(number).orElseThrow().sha256()));

		system.get("/open/v1/applications/" + application)
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.number").value(number));
		system.get("/open/v1/signing-requests/" + id).andExpect(status().isNotFound());
		String pdfsig = Pdfsig.check(documents.content(number).orElseThrow());
		assertThat(pdfsig).contains("Signature is Valid").contains("ETSI.CAdES.detached")
			.contains("Total document signed").contains("远程签章财产保险股份有限公司");
	}

	@Test
	@DisplayName("A bad CMS is refused with 422 SIGNATURE_REFUSED and its precise reason in both languages, audited, nothing issued")
	void badSignaturesAreRefused() throws Exception {
		String prepared = system.post("/open/v1/applications/" + application + "/remote-issue",
				"{\"underwriter\":\"王核保\"}", "remote-bad-" + application)
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(prepared, "$.id");
		byte[] digest = Base64.getDecoder().decode((String) JsonPath.read(prepared, "$.digestBase64"));
		var stranger = TestCertificates.seal("冒名者", clock.instant().minus(Duration.ofDays(1)),
				clock.instant().plus(Duration.ofDays(365)));
		var wrongKey = new TestCertificates.TestKey(TestCertificates.ec("secp256r1"), key.certificate());
		String path = "/open/v1/signing-requests/" + id + "/signature";

		refused(path, InsurerSystem.sign(digest, stranger), "CERTIFICATE_NOT_ON_FILE", "签章证书不是该保险机构");
		refused(path, InsurerSystem.sign(digest, wrongKey), "SIGNATURE_INVALID", "签名值无法用证书公钥验证");
		refused(path, InsurerSystem.sign(new byte[32], key), "DIGEST_MISMATCH", "消息摘要与待签文档的摘要不一致");
		refused(path, "garbage, not a CMS".getBytes(), "CMS_UNREADABLE", "不是有效的 CMS");
		system.post(path, "{\"cms\":\"%%% not base64\"}", "sign-b64-" + id)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
			.andExpect(jsonPath("$.field").value("cms"));

		system.get("/open/v1/applications/" + application)
			.andExpect(jsonPath("$.status").value("APPLIED"))
			.andExpect(jsonPath("$.number").doesNotExist());
		assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE action = 'policy.remote.refused'"
				+ " AND object_id = :id AND outcome = 'FAILURE'")
			.param("id", String.valueOf(application)).query(Integer.class).single()).isEqualTo(4);
		system.get("/open/v1/signing-requests/" + id).andExpect(status().isOk());
	}

	@Test
	@DisplayName("Another insurer's application or signing request answers 404 NOT_FOUND (R-GEO-2)")
	void anotherInsurerSeesNothing() throws Exception {
		String prepared = system.post("/open/v1/applications/" + application + "/remote-issue",
				"{\"underwriter\":\"王核保\"}", "remote-own-" + application)
			.andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(prepared, "$.id");
		byte[] digest = Base64.getDecoder().decode((String) JsonPath.read(prepared, "$.digestBase64"));
		var other = new PolicyJourney(mvc, organisations, register);
		var issued = systems.register("其他保险公司系统", other.insurerAdmin);
		var otherSystem = SignedMvc.hmac(mvc, clock, issued.appId(), issued.secret());

		otherSystem.post("/open/v1/applications/" + application + "/remote-issue", "{\"underwriter\":\"李四\"}",
				"other-remote-1").andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
		otherSystem.get("/open/v1/signing-requests/" + id).andExpect(status().isNotFound());
		otherSystem.get("/open/v1/signing-requests/" + id + "/prepared.pdf").andExpect(status().isNotFound());
		otherSystem.post("/open/v1/signing-requests/" + id + "/signature", cms(InsurerSystem.sign(digest, key)),
				"other-sign-1").andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
		system.get("/open/v1/applications/" + application).andExpect(jsonPath("$.status").value("APPLIED"));
	}

	private void refused(String path, byte[] cms, String reason, String chinese) throws Exception {
		system.perform(system.request(org.springframework.http.HttpMethod.POST, path, cms(cms), "sign-" + reason)
			.header("Accept-Language", "en"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("SIGNATURE_REFUSED"))
			.andExpect(jsonPath("$.reason").value(reason))
			.andExpect(jsonPath("$.rule").value("R-POL-5"))
			.andExpect(jsonPath("$.messages.zh-CN").value(org.hamcrest.Matchers.containsString(chinese)))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(chinese))));
	}

	private static String cms(byte[] der) {
		return "{\"cms\":\"" + Base64.getEncoder().encodeToString(der) + "\"}";
	}

	private static byte[] digestOf(byte[] pdf, List<Integer> range) throws Exception {
		var sha = MessageDigest.getInstance("SHA-256");
		sha.update(pdf, range.get(0), range.get(1));
		sha.update(pdf, range.get(2), range.get(3));
		return sha.digest();
	}

}
