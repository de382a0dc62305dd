package io.suretyhub.obligation.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code suretyhub.obligation.*}: when warnings are due, and the sweeper that issues them.
 *
 * @param reminderLead working days before the due time that the reminder is issued (0: none)
 * @param escalation working days overdue at which the warning turns orange and red (yellow is the due
 * time itself)
 * @param sweeper the scheduled job
 */
@ConfigurationProperties("suretyhub.obligation")
public record ObligationSettings(@DefaultValue("1") int reminderLead, @DefaultValue Escalation escalation,
		@DefaultValue Sweeper sweeper) {

	public ObligationSettings {
		if (reminderLead < 0 || reminderLead > 20) {
			throw new IllegalArgumentException("suretyhub.obligation.reminder-lead is 0 to 20 working days");
		}
	}

	/** Working days overdue; {@code 0 <= orange <= red}. */
	public record Escalation(@DefaultValue("2") int orange, @DefaultValue("5") int red) {

		public Escalation {
			if (orange < 0 || red < orange || red > 100) {
				throw new IllegalArgumentException("Escalation needs 0 <= orange <= red <= 100 working days");
			}
		}

	}

	/**
	 * @param enabled whether this node runs the scheduled sweep (tests switch it off)
	 * @param interval the pause between sweeps
	 * @param batchSize rows claimed per transaction
	 */
	public record Sweeper(@DefaultValue("true") boolean enabled, @DefaultValue("PT1M") Duration interval,
			@DefaultValue("100") int batchSize) {

		public Sweeper {
			if (batchSize < 1 || batchSize > 10_000) {
				throw new IllegalArgumentException("suretyhub.obligation.sweeper.batch-size is 1 to 10000");
			}
		}

	}

}
