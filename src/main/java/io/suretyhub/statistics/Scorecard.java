package io.suretyhub.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An insurer's scorecard over a period in the viewer's area (R-POL-2, R-CLM-2, R-SUP-3).
 *
 * @param applications applications received
 * @param decided applications issued or refused
 * @param late applications whose result came after the 5 working days (the overdue warning was issued)
 * @param notices payment notices issued to the insurer's branches (R-CLM-2)
 * @param noticesDue notices whose outcome is known: paid, or overdue (the 5 working days passed unpaid)
 * @param noticesLate notices that became overdue, paid since or not
 * @param openWarnings warnings on the insurer and its branches whose obligation is still open
 * @param activeSanctions confirmed sanctions not yet lifted
 */
public record Scorecard(long insurerId, String insurerName, long applications, long decided, long late, long notices,
		long noticesDue, long noticesLate, long openWarnings, long activeSanctions) {

	/** The share of decided applications decided on time, in percent with one decimal; {@code null} if none. */
	public BigDecimal onTimePercent() {
		if (decided == 0) {
			return null;
		}
		return percent(decided - late, decided);
	}

	/** The share of due notices paid within the 5 working days, in percent with one decimal; {@code null} if none. */
	public BigDecimal noticesOnTimePercent() {
		return noticesDue == 0 ? null : percent(noticesDue - noticesLate, noticesDue);
	}

	private static BigDecimal percent(long part, long whole) {
		return BigDecimal.valueOf(Math.max(0, part) * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
