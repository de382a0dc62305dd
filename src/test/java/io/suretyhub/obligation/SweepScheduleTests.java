package io.suretyhub.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import io.suretyhub.calendar.TimeLimit;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.MutableClockConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** With the sweeper switched on, the scheduled job really runs and issues due warnings on its own. */
@SpringBootTest(properties = { "suretyhub.obligation.sweeper.enabled=true",
		"suretyhub.obligation.sweeper.interval=PT0.2S" })
@Import(MutableClockConfiguration.class)
class SweepScheduleTests {

	@Autowired
	Obligations obligations;

	@Autowired
	MutableClock clock;

	@Test
	@DisplayName("R-TIME-2: the scheduled sweep turns a due obligation into its overdue warning")
	void scheduledSweepRuns() {
		clock.setLocal("2026-06-01T09:00:00");
		long id = obligations.open(new NewObligation(Parties.toAuthority(980_001, AreaCode.of("650100")),
				new Subject("project", "scheduled-1"), "R-PRJ-2", AreaCode.of("650104"), clock.instant(),
				TimeLimit.workingDays(1)));
		assertThat(obligations.find(id).orElseThrow().level()).isEqualTo(WarningLevel.NONE);
		clock.setLocal("2026-06-03T09:00:00");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> obligations.find(id).orElseThrow().status() == ObligationStatus.OVERDUE);
		assertThat(obligations.find(id).orElseThrow().level()).isEqualTo(WarningLevel.YELLOW);
	}

}
