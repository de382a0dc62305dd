package io.suretyhub.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.suretyhub.document.PolicySamples;
import io.suretyhub.seal.HostedKeyRequest;
import io.suretyhub.seal.KeyType;
import io.suretyhub.seal.SigningKeys;
import io.suretyhub.testing.SoftHsm;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The production way of holding hosted keys, a PKCS#11 token (SoftHSM2 here): every hosted signing test runs
 * again with the platform's keys made and used in the token.
 */
@SpringBootTest(properties = "suretyhub.seal.key-store=pkcs11")
@EnabledIf(value = "io.suretyhub.testing.SoftHsm#available", disabledReason = SoftHsm.SKIPPED)
@DisplayName("R-POL-5: policies signed with a key in a PKCS#11 token are valid PAdES documents")
class Pkcs11HostedSigningTests extends HostedSigningTests {

	@Autowired
	SigningKeys keys;

	@DynamicPropertySource
	static void pkcs11(DynamicPropertyRegistry registry) {
		registry.add("suretyhub.seal.pkcs11.library", () -> SoftHsm.token().library());
		registry.add("suretyhub.seal.pkcs11.slot", () -> SoftHsm.token().slot());
		registry.add("suretyhub.seal.pkcs11.pin", () -> SoftHsm.token().pin());
	}

	@Test
	void hostedKeysAreMadeInTheToken() {
		var certificate = seals.createHosted(41, new HostedKeyRequest(PolicySamples.INSURER_NAME, KeyType.EC_P256));
		assertThat(keys.getClass().getSimpleName()).isEqualTo("Pkcs11SigningKeys");
		assertThat(keys.contains(certificate.keyAlias())).isTrue();
	}

}
