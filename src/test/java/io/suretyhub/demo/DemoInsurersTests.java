package io.suretyhub.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import io.suretyhub.identity.Accounts;
import io.suretyhub.insurer.InsurerChoice;
import io.suretyhub.insurer.InsurerChoice.SelectableInsurer;
import io.suretyhub.policy.Policies;
import io.suretyhub.policy.Policy;
import io.suretyhub.seal.SealCertificate;
import io.suretyhub.seal.SealCertificates;
import io.suretyhub.shared.AreaCode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo insurers are filed, registered and qualified, can be chosen and sign e-policies; two policies live. */
@SpringBootTest(properties = "suretyhub.demo.enabled=true")
class DemoInsurersTests {

	@Autowired
	InsurerChoice choice;

	@Autowired
	SealCertificates seals;

	@Autowired
	Policies policies;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	@DisplayName("R-INS-1/R-INS-3/R-INS-4: the demo insurers are registered and offered where they have branches")
	void demoInsurersAreRegisteredQualifiedAndChosenOnlyWhereTheyHaveBranches_R_INS_4() {
		LocalDate today = LocalDate.now(clock);
		assertThat(jdbc.sql("select count(*) from insurer_filing where status = 'REGISTERED'").query(Integer.class)
			.single()).isEqualTo(3);
		assertThat(choice.selectable(AreaCode.of("650102"), today)).extracting(SelectableInsurer::name)
			.containsExactlyInAnyOrder("瀚海财产保险股份有限公司新疆分公司", "昆仑财产保险股份有限公司新疆分公司");
		assertThat(choice.selectable(AreaCode.of("653101"), today)).extracting(SelectableInsurer::name)
			.containsExactlyInAnyOrder("瀚海财产保险股份有限公司新疆分公司", "丝路财产保险股份有限公司新疆分公司");
		assertThat(choice.selectable(AreaCode.of("654002"), today)).hasSize(2);
		assertThat(jdbc.sql("select count(*) from insurer_document").query(Integer.class).single()).isEqualTo(3 * 7);
		assertThat(jdbc.sql("select count(*) from insurer_branch where active").query(Integer.class).single())
			.isEqualTo(8);
	}

	@Test
	@DisplayName("R-POL-5: every demo insurer holds a valid hosted seal, and two demo policies are issued and signed")
	void everyInsurerHasAHostedSealAndTwoPoliciesAreIssued_R_POL_5() {
		for (SelectableInsurer insurer : choice.selectable(AreaCode.of("652301"), LocalDate.now(clock))) {
			assertThat(seals.listByInsurer(insurer.insurerId()))
				.anyMatch(s -> s.hosted() && s.standingAt(clock.instant()) == SealCertificate.Standing.VALID);
		}
		var region = accounts.findScope("region").orElseThrow();
		assertThat(policies.list(region)).filteredOn(p -> p.status().live()).hasSize(2)
			.allSatisfy(p -> assertThat(p.underwritten().number()).startsWith("WG-650100-"));
		assertThat(jdbc.sql("select count(*) from issued_policy_document").query(Integer.class).single()).isEqualTo(2);
		var tianshan = accounts.findScope("tianshan").orElseThrow();
		assertThat(policies.list(tianshan)).extracting(Policy::status).hasSize(1);
		assertThat(accounts.exists("hanhai-staff")).isTrue();
	}

}
