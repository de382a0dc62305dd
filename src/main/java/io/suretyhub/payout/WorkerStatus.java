package io.suretyhub.payout;

import java.time.Instant;
import java.util.List;

import io.suretyhub.payout.internal.IdNumbers;
import io.suretyhub.payout.internal.WorkerRepository;
import io.suretyhub.shared.Money;

import org.springframework.stereotype.Service;

/**
 * The public look-up for workers: with their ID number, name and the last four digits of their bank card
 * they see the state of payouts to them, and nothing else. A wrong name or card answers exactly like an
 * unknown ID number (nothing found).
 */
@Service
public class WorkerStatus {

	private final WorkerRepository workers;

	WorkerStatus(WorkerRepository workers) {
		this.workers = workers;
	}

	public List<Line> lookup(String idNumber, String name, String cardLastFour) {
		String id = idNumber == null ? "" : idNumber.strip().toUpperCase();
		String who = name == null ? "" : name.strip();
		String four = cardLastFour == null ? "" : cardLastFour.strip();
		if (!IdNumbers.checksumValid(id) || who.isEmpty() || !four.matches("\\d{4}")) {
			return List.of();
		}
		return workers.byIdNumber(id).stream()
			.filter(f -> f.worker().name().equals(who) && f.bankCard().endsWith(four))
			.map(f -> new Line(f.worker().amount(), f.worker().paid(), state(f), f.noticeIssuedAt()))
			.toList();
	}

	private static State state(WorkerRepository.Found f) {
		if (f.worker().fullyPaid()) {
			return State.PAID;
		}
		if (f.excessPaidAt() != null) {
			return State.PAID_BY_CONTRACTOR;
		}
		return f.worker().paid().compareTo(Money.ZERO) > 0 ? State.PARTLY_PAID : State.PENDING;
	}

	/** Where a payout to the worker stands; texts are {@code payout.public.state.<NAME>}. */
	public enum State {

		PENDING, PARTLY_PAID, PAID, PAID_BY_CONTRACTOR

	}

	/**
	 * One payout to the worker.
	 *
	 * @param amount what the notice lists for the worker
	 * @param paid what the insurer has paid so far
	 * @param noticeIssuedAt when the payment notice went to the insurer
	 */
	public record Line(Money amount, Money paid, State state, Instant noticeIssuedAt) {
	}

}
