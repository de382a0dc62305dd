package io.suretyhub.insurer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import io.suretyhub.insurer.internal.Branches;
import io.suretyhub.insurer.internal.Sanctions;
import io.suretyhub.obligation.ObligationOverdue;
import io.suretyhub.obligation.Parties;
import io.suretyhub.obligation.Subject;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.testing.MutableClockConfiguration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@Import({ MutableClockConfiguration.class, InsurerFixtures.class })
class ObligationTriggerTests {

	@Autowired
	InsurerFixtures fixtures;

	@Autowired
	Branches branches;

	@Autowired
	Sanctions sanctions;

	@Autowired
	InsurerChoice choice;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@Test
	@DisplayName("R-SUP-3: an overdue underwriting result (R-POL-2) or payout (R-CLM-2) of a branch is a proposal against its insurer, once; no sanction until confirmed")
	void overdueUnderwritingAndPayoutBecomeProposals() {
		long insurer = fixtures.registered("逾期赔付保险", "650100");
		long branch = branches.of(insurer).get(0).id();
		Instant due = Instant.parse("2026-11-20T16:00:00Z");
		for (String rule : new String[] { "R-POL-2", "R-CLM-2", "R-CLM-2" }) {
			long obligationId = rule.equals("R-POL-2") ? 900_001 : 900_002;
			var event = new ObligationOverdue(obligationId, rule, new Subject("policy-application", "77"),
					Parties.toAuthority(branch, AreaCode.of("650100")), AreaCode.of("650102"), due);
			transactions.executeWithoutResult(status -> publisher.publishEvent(event));
		}
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(sanctions.proposals())
			.filteredOn(s -> s.insurerId() == insurer)
			.extracting(s -> s.trigger().name())
			.containsExactlyInAnyOrder("UNDERWRITING_OVERDUE", "PAYOUT_OVERDUE"));
		assertThat(choice.branchFor(insurer, AreaCode.of("650102"), java.time.LocalDate.parse("2026-11-23"))).isEqualTo(branch);
	}

}
