package io.suretyhub.statistics;

import io.suretyhub.shared.Money;

/**
 * The R-STAT-1 figures of one group (an insurer, an area, a line, a month or a quarter, or the total).
 *
 * @param key the group's key: an insurer id, an area code, a line name, {@code 2026-11}, {@code 2026-Q4}
 * @param label the key as a reader reads it
 * @param enterprises distinct contractors served
 * @param projects distinct projects covered
 * @param policies policies issued
 * @param depositsReleased cash that no longer has to be lodged: the sums insured of first policies
 * @param payouts paid to workers under the policies
 * @param workersPaid workers paid under the policies
 */
public record FigureRow(String key, String label, long enterprises, long projects, long policies, Money sumInsured,
		Money premium, Money depositsReleased, Money payouts, long workersPaid) {

	public FigureRow withLabel(String text) {
		return new FigureRow(key, text, enterprises, projects, policies, sumInsured, premium, depositsReleased, payouts,
				workersPaid);
	}

}
