package io.suretyhub.openapi.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.suretyhub.payout.PayoutCase;
import io.suretyhub.payout.PayoutWorker;
import io.suretyhub.payout.UnmaskedWorker;
import io.suretyhub.shared.Money;

/**
 * A payment notice to the insurer (R-CLM-1, R-CLM-2) as its system reads it; amounts in yuan. The roster is
 * only in the single-notice answer, with each worker's full ID number and bank card (every display audited).
 *
 * @param id the notice's id (the arrears case)
 * @param status {@code NOTICE_ISSUED} while payments are due, {@code PAID} once settled
 * @param insurerShare what the insurer owes under the notice
 * @param insurerOutstanding what it may still pay
 */
record PaymentNoticeView(long id, String noticeNumber, String status, long policyId, long branchId, String areaCode,
		Instant issuedAt, BigDecimal total, BigDecimal insurerShare, BigDecimal insurerPaid, BigDecimal insurerOutstanding,
		List<Worker> workers) {

	static PaymentNoticeView of(PayoutCase c, List<Worker> workers) {
		return new PaymentNoticeView(c.id(), c.noticeNumber(), c.status().name(), c.policyId(), c.branchId(),
				c.area().value(), c.noticeIssuedAt(), yuan(c.noticeTotal()), yuan(c.insurerShare()), yuan(c.insurerPaid()),
				yuan(c.insurerOutstanding()), workers);
	}

	static BigDecimal yuan(Money money) {
		return money == null ? null : money.amount();
	}

	/**
	 * A roster line in full, for paying it: report a payment with its {@code line}.
	 *
	 * @param idNumber the worker's full ID number
	 * @param bankCard the worker's full bank card number
	 * @param amount what the notice lists for the worker
	 * @param paid what the insurer has paid the worker so far
	 */
	record Worker(int line, String name, String idNumber, String bank, String bankCard, BigDecimal amount,
			BigDecimal paid) {

		static Worker of(PayoutWorker worker, UnmaskedWorker full) {
			return new Worker(worker.line(), worker.name(), full.idNumber(), worker.bank(), full.bankCard(),
					yuan(worker.amount()), yuan(worker.paid()));
		}

	}

}
