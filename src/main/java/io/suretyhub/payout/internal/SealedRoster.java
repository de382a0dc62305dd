package io.suretyhub.payout.internal;

import java.util.List;
import java.util.stream.IntStream;

import io.suretyhub.payout.NewWorker;

/**
 * A validated roster as the columns of {@code payout_worker}: each personal number encrypted, hashed for
 * look-up and masked, never kept in plain text. The rows are sealed in parallel ({@link PersonalData} keeps
 * one cipher and MAC per thread); column {@code i} of every array is roster line {@code i + 1}.
 */
final class SealedRoster {

	final String[] names;

	final String[] idCiphers;

	final String[] idHashes;

	final String[] idMasks;

	final String[] phoneCiphers;

	final String[] phoneMasks;

	final String[] banks;

	final String[] cardCiphers;

	final String[] cardHashes;

	final String[] cardMasks;

	final String[] amounts;

	private SealedRoster(int size) {
		names = new String[size];
		idCiphers = new String[size];
		idHashes = new String[size];
		idMasks = new String[size];
		phoneCiphers = new String[size];
		phoneMasks = new String[size];
		banks = new String[size];
		cardCiphers = new String[size];
		cardHashes = new String[size];
		cardMasks = new String[size];
		amounts = new String[size];
	}

	static SealedRoster seal(List<NewWorker> roster, PersonalData personal) {
		SealedRoster sealed = new SealedRoster(roster.size());
		IntStream.range(0, roster.size()).parallel().forEach(i -> sealed.set(i, roster.get(i), personal));
		return sealed;
	}

	private void set(int i, NewWorker w, PersonalData personal) {
		String phone = w.phone().isEmpty() ? null : w.phone();
		names[i] = w.name();
		idCiphers[i] = personal.encrypt(w.idNumber());
		idHashes[i] = personal.hash(w.idNumber());
		idMasks[i] = Masks.mask(w.idNumber());
		phoneCiphers[i] = personal.encrypt(phone);
		phoneMasks[i] = Masks.mask(phone);
		banks[i] = w.bank();
		cardCiphers[i] = personal.encrypt(w.bankCard());
		cardHashes[i] = personal.hash(w.bankCard());
		cardMasks[i] = Masks.mask(w.bankCard());
		amounts[i] = w.amount().toPlainString();
	}

	/** The arrays in the order of {@link WorkerRepository}'s {@code unnest}. */
	String[][] columns() {
		return new String[][] { names, idCiphers, idHashes, idMasks, phoneCiphers, phoneMasks, banks, cardCiphers,
				cardHashes, cardMasks, amounts };
	}

}
