package io.suretyhub.obligation.internal;

import java.time.LocalDate;

import io.suretyhub.obligation.ObligationStatus;
import io.suretyhub.obligation.WarningLevel;
import io.suretyhub.shared.AreaCode;

/**
 * What the warning board shows; every field is optional.
 *
 * @param area only this area and what lies inside it
 * @param party only obligations this organisation owes
 * @param rule only this rule
 * @param level only obligations whose highest warning is this level
 * @param status only this status
 * @param dueFrom only obligations due on or after this day
 * @param dueTo only obligations due on or before this day
 */
public record BoardFilter(AreaCode area, Long party, String rule, WarningLevel level, ObligationStatus status,
		LocalDate dueFrom, LocalDate dueTo) {

	public static BoardFilter none() {
		return new BoardFilter(null, null, null, null, null, null, null);
	}

}
