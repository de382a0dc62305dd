package io.suretyhub.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.suretyhub.obligation.ObligationClosed;
import io.suretyhub.obligation.ObligationStatus;
import io.suretyhub.obligation.Parties;
import io.suretyhub.obligation.Subject;
import io.suretyhub.obligation.WarningLevel;
import io.suretyhub.shared.AreaCode;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@DisplayName("R-STAT-1: an obligation closed in time without a figure to change stores no event publication for statistics")
class StatisticsListenerConditionTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyClosuresThatChangeAFigureAreStored() {
		close(9_001, "R-POL-2", "policy-application", WarningLevel.NONE);
		close(9_002, "R-POL-2", "policy-application", WarningLevel.YELLOW);
		close(9_003, "R-CLM-2", "payment-notice", WarningLevel.NONE);
		assertThat(stored(9_001)).isZero();
		assertThat(stored(9_002)).isOne();
		assertThat(stored(9_003)).isOne();
	}

	private void close(long obligation, String rule, String subjectType, WarningLevel level) {
		transactions.executeWithoutResult(s -> events.publishEvent(new ObligationClosed(obligation, rule,
				new Subject(subjectType, String.valueOf(obligation)), Parties.toAuthority(1, AreaCode.of("653100")),
				AreaCode.of("653101"), ObligationStatus.MET, level)));
	}

	private long stored(long obligation) {
		return jdbc.sql("SELECT count(*) FROM event_publication WHERE listener_id LIKE '%statistics%ObligationClosed%'"
				+ " AND serialized_event LIKE :id").param("id", "%\"obligationId\":" + obligation + "%").query(Long.class).single();
	}

}
