package io.suretyhub.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import io.suretyhub.document.PolicyDocuments;
import io.suretyhub.organisation.OrganisationKind;
import io.suretyhub.organisation.OrganisationRegistration;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.seal.HostedKeyRequest;
import io.suretyhub.seal.KeyType;
import io.suretyhub.seal.SealCertificates;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.CreditCode;
import io.suretyhub.shared.Money;
import io.suretyhub.shared.RuleViolation;
import io.suretyhub.testing.CreditCodes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@DisplayName("R-POL-5: underwriting issues a real signed e-policy through the document module")
class HostedDocumentIssuerTests {

	@Autowired
	HostedDocumentIssuer issuer;

	@Autowired
	SealCertificates seals;

	@Autowired
	PolicyDocuments documents;

	@Autowired
	PolicyStatusByNumber status;

	@Autowired
	Organisations organisations;

	@Test
	void issuesWithTheInsurersHostedSealAndRefusesWithoutOne() {
		long insurer = organisations.register(OrganisationRegistration.of(OrganisationKind.INSURER,
				"签发测试财产保险股份有限公司新疆分公司", "650000").withCreditCode(CreditCodes.next("650000")));
		assertThatThrownBy(() -> issuer.issue(content(insurer))).isInstanceOf(RuleViolation.class)
			.hasMessageContaining("R-POL-5");

		seals.createHosted(insurer, new HostedKeyRequest("签发测试财产保险股份有限公司新疆分公司", KeyType.EC_P256));
		var signed = issuer.issue(content(insurer));

		assertThat(signed.number()).startsWith("WG-650100-2026-");
		assertThat(documents.content(signed.number()).orElseThrow()).startsWith("%PDF".getBytes());
		assertThat(documents.find(signed.number()).orElseThrow().insurerId()).isEqualTo(insurer);
		assertThat(signed.verificationCode()).hasSizeGreaterThanOrEqualTo(8);
		assertThat(status.status(signed.number())).isEmpty();
	}

	private static PolicyDocumentIssuer.Content content(long insurer) {
		return new PolicyDocumentIssuer.Content(1, insurer, "签发测试财产保险股份有限公司新疆分公司", AreaCode.of("650102"),
				"天山测试建工有限公司", new CreditCode(CreditCodes.next("650100")), "乌鲁木齐市天山区",
				"测试住宅工程", Money.yuan("12500000.00"), LocalDate.of(2026, 3, 1), LocalDate.of(2027, 6, 30), "天山区",
				null, Money.yuan("187500.00"), Money.yuan("375.00"), LocalDate.of(2026, 3, 1), LocalDate.of(2027, 6, 30),
				"乌鲁木齐市人力资源和社会保障局", "乌鲁木齐", LocalDate.of(2026, 2, 25), "测试核保员");
	}

}
