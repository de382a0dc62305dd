package io.suretyhub.openapi;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.Base64;

import io.suretyhub.openapi.internal.InsurerSystems;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.policy.PolicyJourney;
import io.suretyhub.policy.PolicyTestDoubles;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest(properties = "suretyhub.openapi.webhooks.enabled=false")
@AutoConfigureMockMvc
@Import({ MutableClockConfiguration.class, PolicyTestDoubles.class, io.suretyhub.insurer.InsurerFixtures.class })
class OpenApiAuthenticationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Organisations organisations;

	@Autowired
	PolicyTestDoubles.Register register;

	@Autowired
	InsurerSystems systems;

	@Autowired
	MutableClock clock;

	PolicyJourney j;

	SignedMvc system;

	long application;

	@BeforeEach
	void insurerWithSystemAndApplication() throws Exception {
		clock.setLocal("2026-11-23T09:00:00");
		j = new PolicyJourney(mvc, organisations, register);
		var issued = systems.register("核心业务系统", j.insurerAdmin);
		system = SignedMvc.hmac(mvc, clock, issued.appId(), issued.secret());
		long project = j.registerProject("2027-01-01", "2027-12-31");
		j.confirmRatio(project);
		j.fileRate("0.002", "null");
		application = j.applied(j.apply(project, j.insurerId, "187500.00", "2027-01-01", "2027-12-31"));
	}

	@Test
	@DisplayName("A signed request reads the insurer's own underwriting queue (R-POL-2)")
	void signedRequestReadsTheQueue() throws Exception {
		system.get("/open/v1/applications?status=APPLIED")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(application))
			.andExpect(jsonPath("$[0].status").value("APPLIED"))
			.andExpect(jsonPath("$[0].branchId").value(j.branchId));
		system.get("/open/v1/applications/" + application).andExpect(jsonPath("$.sumInsured").value(187500.00));
	}

	@Test
	@DisplayName("A replayed nonce is refused: 401 NONCE_REPLAYED")
	void replayedNonceIsRefused() throws Exception {
		String nonce = SignedMvc.nonce();
		long now = clock.instant().getEpochSecond();
		system.perform(system.signed(HttpMethod.GET, "/open/v1/applications", "", null, now, nonce, ""))
			.andExpect(status().isOk());
		system.perform(system.signed(HttpMethod.GET, "/open/v1/applications", "", null, now, nonce, ""))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("NONCE_REPLAYED"))
			.andExpect(jsonPath("$.field").value("X-SH-Nonce"));
	}

	@Test
	@DisplayName("A timestamp more than 5 minutes off is refused (401 TIMESTAMP_OUT_OF_RANGE); 4 minutes pass")
	void skewedTimestampIsRefused() throws Exception {
		long now = clock.instant().getEpochSecond();
		system.perform(system.signed(HttpMethod.GET, "/open/v1/applications", "", null, now - 301, SignedMvc.nonce(), ""))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("TIMESTAMP_OUT_OF_RANGE"))
			.andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/problem+json")));
		system.perform(system.signed(HttpMethod.GET, "/open/v1/applications", "", null, now + 301, SignedMvc.nonce(), ""))
			.andExpect(jsonPath("$.code").value("TIMESTAMP_OUT_OF_RANGE"));
		system.perform(system.signed(HttpMethod.GET, "/open/v1/applications", "", null, now - 240, SignedMvc.nonce(), ""))
			.andExpect(status().isOk());
	}

	@Test
	@DisplayName("One changed body byte breaks the signature: 401 SIGNATURE_INVALID, in Chinese and English")
	void changedBodyByteIsRefused() throws Exception {
		String signed = "{\"underwriter\":\"张三\",\"reason\":\"资料不全\"}";
		String sent = "{\"underwriter\":\"张三\",\"reason\":\"资料不全 \"}";
		system.perform(system.signed(HttpMethod.POST, "/open/v1/applications/" + application + "/refusal", sent,
				"refuse-" + application, clock.instant().getEpochSecond(), SignedMvc.nonce(), signed)
			.header("Accept-Language", "en"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("SIGNATURE_INVALID"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("The signature is wrong")))
			.andExpect(jsonPath("$.messages.zh-CN").value(org.hamcrest.Matchers.startsWith("签名不正确")));
		system.get("/open/v1/applications/" + application).andExpect(jsonPath("$.status").value("APPLIED"));
	}

	@Test
	@DisplayName("An unknown app id is refused: 401 APP_ID_UNKNOWN; no headers at all: SIGNATURE_HEADER_MISSING")
	void wrongAppIdIsRefused() throws Exception {
		SignedMvc.hmac(mvc, clock, "sh0000000000000000", "whatever").get("/open/v1/applications")
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("APP_ID_UNKNOWN"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/open/v1/applications"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("SIGNATURE_HEADER_MISSING"));
	}

	@Test
	@DisplayName("Another insurer's application answers 404 exactly like a missing one (R-GEO-2)")
	void anotherInsurersApplicationIsNotFound() throws Exception {
		var other = new PolicyJourney(mvc, organisations, register);
		var issued = systems.register("其他保险公司系统", other.insurerAdmin);
		var otherSystem = SignedMvc.hmac(mvc, clock, issued.appId(), issued.secret());
		otherSystem.get("/open/v1/applications/" + application)
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.code").value("NOT_FOUND"));
		otherSystem.get("/open/v1/applications").andExpect(jsonPath("$[*].id", not(hasItem((int) application))));
		otherSystem.post("/open/v1/applications/" + application + "/refusal",
				"{\"underwriter\":\"李四\",\"reason\":\"不承保\"}", "other-refuses-1")
			.andExpect(status().isNotFound());
		system.get("/open/v1/applications/" + application).andExpect(jsonPath("$.status").value("APPLIED"));
	}

	@Test
	@DisplayName("Key rotation: two keys work side by side, a third is refused, a revoked one stops working")
	void twoActiveKeysDuringRotation() throws Exception {
		var old = systems.keys(systemId(), j.insurerAdmin).get(0);
		var second = systems.addSecret(systemId(), j.insurerAdmin);
		SignedMvc.hmac(mvc, clock, second.appId(), second.secret()).get("/open/v1/applications").andExpect(status().isOk());
		system.get("/open/v1/applications").andExpect(status().isOk());
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> systems.addSecret(systemId(), j.insurerAdmin));
		systems.revoke(systemId(), old.id(), j.insurerAdmin);
		system.get("/open/v1/applications")
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.code").value("SIGNATURE_INVALID"));
		SignedMvc.hmac(mvc, clock, second.appId(), second.secret()).get("/open/v1/applications").andExpect(status().isOk());
	}

	@Test
	@DisplayName("A system that registered its ECDSA P-256 public key signs with its private key")
	void ecdsaSignature() throws Exception {
		var generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		var pair = generator.generateKeyPair();
		String pem = "-----BEGIN PUBLIC KEY-----\n"
				+ Base64.getMimeEncoder().encodeToString(pair.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
		systems.addPublicKey(systemId(), pem, j.insurerAdmin);
		new SignedMvc(mvc, clock, system.appId, null, pair.getPrivate()).get("/open/v1/applications")
			.andExpect(status().isOk());
		var stranger = generator.generateKeyPair();
		new SignedMvc(mvc, clock, system.appId, null, stranger.getPrivate()).get("/open/v1/applications")
			.andExpect(jsonPath("$.code").value("SIGNATURE_INVALID"));
	}

	@Test
	@DisplayName("Idempotency-Key: same key and body replays the first result with one effect; another body is 422; none is 400")
	void idempotentPosts() throws Exception {
		String body = "{\"underwriter\":\"王核保\"}";
		system.post("/open/v1/applications/" + application + "/issue", body, "issue-key-" + application)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("ISSUED"))
			.andExpect(jsonPath("$.number").value("WG-TEST-" + application));
		clock.advance(Duration.ofMinutes(1));
		system.post("/open/v1/applications/" + application + "/issue", body, "issue-key-" + application)
			.andExpect(status().isOk())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.status").value("ISSUED"));
		system.post("/open/v1/applications/" + application + "/issue", "{\"underwriter\":\"赵核保\"}", "issue-key-" + application)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_REUSED"));
		system.post("/open/v1/applications/" + application + "/issue", body, null)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_REQUIRED"));
		system.post("/open/v1/applications/" + application + "/issue", body, "issue-again-" + application)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.code").value("RULE_VIOLATION"))
			.andExpect(jsonPath("$.rule").value("R-POL-2"));
	}

	private long systemId() {
		return systems.list(j.insurerAdmin).get(0).id();
	}

}
