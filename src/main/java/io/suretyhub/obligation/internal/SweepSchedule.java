package io.suretyhub.obligation.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the sweep on every node, every {@code suretyhub.obligation.sweeper.interval} (default one
 * minute); {@code suretyhub.obligation.sweeper.enabled=false} switches it off (tests call
 * {@link Sweeper#sweep()} themselves).
 */
@Component
@ConditionalOnBooleanProperty(name = "suretyhub.obligation.sweeper.enabled", matchIfMissing = true)
class SweepSchedule {

	private final Sweeper sweeper;

	SweepSchedule(Sweeper sweeper) {
		this.sweeper = sweeper;
	}

	@Scheduled(fixedDelayString = "${suretyhub.obligation.sweeper.interval:PT1M}",
			initialDelayString = "${suretyhub.obligation.sweeper.interval:PT1M}")
	void sweep() {
		sweeper.sweep();
	}

}
