package io.suretyhub.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;

import io.suretyhub.document.PolicyDocuments;
import io.suretyhub.document.PolicyNumbers;
import io.suretyhub.document.PolicySamples;
import io.suretyhub.seal.HostedKeyRequest;
import io.suretyhub.seal.KeyType;
import io.suretyhub.seal.SealCertificates;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.testing.MutableClockConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@Import(MutableClockConfiguration.class)
@DisplayName("R-POL-5: numbers never repeat, codes are random, issued documents cannot change")
class PolicyNumbersAndStorageTests {

	@Autowired
	PolicyNumbers numbers;

	@Autowired
	PolicyDocuments documents;

	@Autowired
	SealCertificates seals;

	@Autowired
	JdbcClient jdbc;

	@Test
	void numbersEncodePrefectureYearAndInsurerAndCountPerSeries() {
		assertThat(numbers.next(AreaCode.of("650102"), 2026, 7)).isEqualTo("WG-650100-2026-0007-000001");
		assertThat(numbers.next(AreaCode.of("650103"), 2026, 7)).isEqualTo("WG-650100-2026-0007-000002");
		assertThat(numbers.next(AreaCode.of("650200"), 2026, 7)).isEqualTo("WG-650200-2026-0007-000001");
		assertThat(numbers.next(AreaCode.of("650100"), 2027, 7)).isEqualTo("WG-650100-2027-0007-000001");
		assertThat(numbers.next(AreaCode.of("650100"), 2026, 12345)).isEqualTo("WG-650100-2026-12345-000001");
	}

	@Test
	void verificationCodesAreLongRandomAndUnambiguous() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 2000; i++) {
			String code = numbers.newVerificationCode();
			assertThat(code).hasSize(10).matches("[2-9A-HJ-NP-Z]+");
			codes.add(code);
		}
		assertThat(codes).hasSize(2000);
	}

	@Test
	void theApplicationCannotChangeOrDeleteAnIssuedDocument() {
		long insurer = 71;
		var certificate = seals.createHosted(insurer, new HostedKeyRequest("测试保险公司", KeyType.EC_P256));
		String number = numbers.next(AreaCode.of("650100"), 2026, insurer);
		documents.issueHosted(PolicySamples.policy(number, numbers.newVerificationCode(), insurer), certificate.id());

		assertThatThrownBy(() -> jdbc.sql("UPDATE issued_policy_document SET content = '\\x00' WHERE number = :n")
			.param("n", number)
			.update()).rootCause().hasMessageContaining("permission denied");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM issued_policy_document WHERE number = :n").param("n", number).update())
			.rootCause()
			.hasMessageContaining("permission denied");
		assertThat(documents.content(number)).isPresent();
	}

}
