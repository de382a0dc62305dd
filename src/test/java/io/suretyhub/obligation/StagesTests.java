package io.suretyhub.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import io.suretyhub.obligation.internal.Stages;
import org.junit.jupiter.api.Test;

/** Which warnings are due when (R-TIME-2, R-SUP-4). */
class StagesTests {

	static final Stages STAGES = new Stages(LocalDate.of(2026, 10, 13), at("2026-10-13T16:00:00Z"), false,
			at("2026-10-12T16:00:00Z"), at("2026-10-15T16:00:00Z"), at("2026-10-20T16:00:00Z"));

	static Instant at(String instant) {
		return Instant.parse(instant);
	}

	@Test
	void nothingIsDueBeforeTheReminder() {
		assertThat(STAGES.dueAt(at("2026-10-12T15:59:59Z"), WarningLevel.NONE)).isEmpty();
		assertThat(STAGES.nextAfter(WarningLevel.NONE)).isEqualTo(STAGES.remindAt());
	}

	@Test
	void eachLevelComesAtItsTimeAndOnlyAboveTheLevelReached() {
		assertThat(STAGES.dueAt(at("2026-10-12T16:00:00Z"), WarningLevel.NONE)).containsExactly(WarningLevel.REMINDER);
		assertThat(STAGES.dueAt(at("2026-10-12T17:00:00Z"), WarningLevel.REMINDER)).isEmpty();
		assertThat(STAGES.dueAt(at("2026-10-13T16:00:00Z"), WarningLevel.REMINDER)).containsExactly(WarningLevel.YELLOW);
		assertThat(STAGES.dueAt(at("2026-10-15T16:00:00Z"), WarningLevel.YELLOW)).containsExactly(WarningLevel.ORANGE);
		assertThat(STAGES.dueAt(at("2026-10-20T16:00:00Z"), WarningLevel.ORANGE)).containsExactly(WarningLevel.RED);
		assertThat(STAGES.nextAfter(WarningLevel.RED)).isNull();
	}

	@Test
	void aLateSweepIssuesEveryMissedWarningButNoStaleReminder() {
		assertThat(STAGES.dueAt(at("2026-11-01T00:00:00Z"), WarningLevel.NONE)).containsExactly(WarningLevel.YELLOW,
				WarningLevel.ORANGE, WarningLevel.RED);
	}

}
