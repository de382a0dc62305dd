package io.suretyhub.obligation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.suretyhub.obligation.WarningLevel;

/**
 * When each warning of an obligation is due: the reminder, the due time (yellow), orange and red. All
 * computed once, with the working-day calendar, and stored.
 */
public record Stages(LocalDate dueDate, Instant dueAt, boolean provisional, Instant remindAt, Instant orangeAt,
		Instant redAt) {

	/** When {@code level} is due; {@code null} for {@link WarningLevel#NONE}. */
	public Instant at(WarningLevel level) {
		return switch (level) {
			case NONE -> null;
			case REMINDER -> remindAt;
			case YELLOW -> dueAt;
			case ORANGE -> orangeAt;
			case RED -> redAt;
		};
	}

	/**
	 * The levels above {@code reached} that are due at {@code now}, lowest first. A reminder whose
	 * obligation is already overdue is not sent.
	 */
	public List<WarningLevel> dueAt(Instant now, WarningLevel reached) {
		List<WarningLevel> due = new ArrayList<>();
		for (WarningLevel level : WarningLevel.values()) {
			if (level.compareTo(reached) <= 0 || level == WarningLevel.NONE || at(level).isAfter(now)) {
				continue;
			}
			if (level != WarningLevel.REMINDER || now.isBefore(dueAt)) {
				due.add(level);
			}
		}
		return due;
	}

	/** When the sweeper must look again after {@code reached}; {@code null} after red. */
	public Instant nextAfter(WarningLevel reached) {
		return reached == WarningLevel.RED ? null : at(WarningLevel.values()[reached.ordinal() + 1]);
	}

}
