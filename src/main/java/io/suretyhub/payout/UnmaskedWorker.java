package io.suretyhub.payout;

/**
 * A worker's full ID number, phone and bank card, as {@link Payouts#reveal} shows them to the paying insurer
 * (every display audited). Never logged: {@link #toString()} withholds them.
 */
public record UnmaskedWorker(String idNumber, String phone, String bankCard) {

	@Override
	public String toString() {
		return "UnmaskedWorker[withheld]";
	}

}
