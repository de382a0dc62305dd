package io.suretyhub.payout;

import io.suretyhub.shared.Money;

/**
 * A worker on a payment notice's roster, masked: {@code 6501**********1234}. The full numbers are only
 * shown through {@link Payouts#reveal}, audited.
 *
 * @param line the roster line, from 1
 */
public record PayoutWorker(long id, int line, String name, String idMasked, String phoneMasked, String bank,
		String cardMasked, Money amount, Money paid) {

	public boolean fullyPaid() {
		return paid.compareTo(amount) >= 0;
	}

}
