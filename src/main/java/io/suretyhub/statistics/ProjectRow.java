package io.suretyhub.statistics;

import io.suretyhub.shared.Money;

/** One project's figures, the bottom of the drill-down. */
public record ProjectRow(long projectId, String name, String areaCode, String areaLabel, long policies,
		Money sumInsured, Money premium, Money depositsReleased) {
}
