package io.suretyhub.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import io.suretyhub.organisation.Organisations;
import io.suretyhub.payout.PayoutFixtures;
import io.suretyhub.policy.PolicyEvent;
import io.suretyhub.project.Projects;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.MutableClockConfiguration;
import io.suretyhub.testing.TestPrincipals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@Import(MutableClockConfiguration.class)
class StatisticsEventOrderTests {

	@Autowired
	Organisations organisations;

	@Autowired
	Projects projects;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Figures figures;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	@DisplayName("R-STAT-1: a refusal handled before its application is counted as a decided application, and stays so")
	void refusalBeforeApplicationIsCounted_R_STAT_1() {
		var f = new PayoutFixtures(organisations, projects, jdbc, "50000.00");
		AccessScope insurer = TestPrincipals.scope(Role.INSURER_ADMIN, f.insurerId, "650000");
		Instant applied = Instant.parse("2026-11-10T01:00:00Z");
		long policy = transactions.execute(s -> {
			long id = jdbc.sql("""
					INSERT INTO policy (project_id, contractor_id, area_code, insurer_id, branch_id, sum_insured, remaining,
					  period_start, period_end, applied_at, status, refusal_reason)
					VALUES (:project, :contractor, '653101', :insurer, :branch, 50000, 50000, DATE '2027-01-01',
					  DATE '2027-12-31', :applied, 'REFUSED', '资料不全') RETURNING id""")
				.param("project", f.projectId)
				.param("contractor", f.contractor.organisationId())
				.param("insurer", f.insurerId)
				.param("branch", f.branchId)
				.param("applied", Timestamp.from(applied))
				.query(Long.class)
				.single();
			events.publishEvent(new PolicyEvent.Refused(id, f.branchId, "资料不全", applied.plusSeconds(86_400)));
			return id;
		});
		await().atMost(Duration.ofSeconds(30)).until(() -> card(insurer) != null && card(insurer).decided() == 1);
		assertThat(card(insurer).applications()).isEqualTo(1);

		transactions.executeWithoutResult(s -> events.publishEvent(new PolicyEvent.Applied(policy, f.projectId,
				f.contractor.organisationId(), f.insurerId, f.branchId, AreaCode.of("653101"), applied)));
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
			.until(() -> card(insurer).decided() == 1 && card(insurer).applications() == 1);
	}

	private Scorecard card(AccessScope insurer) {
		return figures.scorecards(Filter.quarter(2026, 4), insurer).stream().findFirst().orElse(null);
	}

}
