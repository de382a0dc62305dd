package io.suretyhub.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An insurer's scorecard over a period in the viewer's area (R-POL-2, R-SUP-3).
 *
 * @param applications applications received
 * @param decided applications issued or refused
 * @param late applications whose result came after the 5 working days (the overdue warning was issued)
 * @param openWarnings warnings on the insurer and its branches whose obligation is still open
 * @param activeSanctions confirmed sanctions not yet lifted
 */
public record Scorecard(long insurerId, String insurerName, long applications, long decided, long late,
		long openWarnings, long activeSanctions) {

	/** The share of decided applications decided on time, in percent with one decimal; {@code null} if none. */
	public BigDecimal onTimePercent() {
		if (decided == 0) {
			return null;
		}
		long onTime = Math.max(0, decided - late);
		return BigDecimal.valueOf(onTime * 100L).divide(BigDecimal.valueOf(decided), 1, RoundingMode.HALF_UP);
	}

}
