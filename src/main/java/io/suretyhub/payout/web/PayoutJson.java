package io.suretyhub.payout.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import io.suretyhub.payout.CaseStatus;
import io.suretyhub.payout.PaymentNoticeIssued;
import io.suretyhub.payout.PaymentResult;
import io.suretyhub.payout.PayoutCase;
import io.suretyhub.payout.PayoutWorker;
import io.suretyhub.payout.ReimbursementResult;
import io.suretyhub.shared.Money;

/** The JSON shapes of {@code /api/v1/payouts}: amounts as plain numbers. */
final class PayoutJson {

	private PayoutJson() {
	}

	static BigDecimal yuan(Money money) {
		return money == null ? null : money.amount();
	}

	record CaseView(long id, long projectId, long contractorId, String areaCode, String decisionNumber,
			LocalDate decisionDate, LocalDate paymentDeadline, BigDecimal decisionAmount, int decisionWorkers,
			CaseStatus status, Instant unpaidRecordedAt, Long policyId, Long insurerId, Long branchId,
			String noticeNumber, Instant noticeIssuedAt, BigDecimal noticeTotal, BigDecimal insurerShare,
			BigDecimal contractorShare, BigDecimal insurerPaid, Instant excessPaidAt, String replacementKind,
			Instant replacementAt, BigDecimal reimbursed, BigDecimal recourseOutstanding, String documentSha256) {

		static CaseView of(PayoutCase c) {
			return new CaseView(c.id(), c.projectId(), c.contractorId(), c.area().value(), c.decisionNumber(),
					c.decisionDate(), c.paymentDeadline(), PayoutJson.yuan(c.decisionAmount()), c.decisionWorkers(), c.status(),
					c.unpaidRecordedAt(), c.policyId(), c.insurerId(), c.branchId(), c.noticeNumber(), c.noticeIssuedAt(),
					PayoutJson.yuan(c.noticeTotal()), PayoutJson.yuan(c.insurerShare()), PayoutJson.yuan(c.contractorShare()), PayoutJson.yuan(c.insurerPaid()),
					c.excessPaidAt(), c.replacementKind(), c.replacementAt(), PayoutJson.yuan(c.reimbursed()),
					PayoutJson.yuan(c.recourseOutstanding()), c.documentSha256());
		}

	}

	record NoticeView(long caseId, String noticeNumber, long policyId, long insurerId, long branchId, int workers,
			BigDecimal total, BigDecimal insurerShare, BigDecimal contractorShare, Instant issuedAt) {

		static NoticeView of(PaymentNoticeIssued n) {
			return new NoticeView(n.caseId(), n.noticeNumber(), n.policyId(), n.insurerId(), n.branchId(), n.workers(),
					PayoutJson.yuan(n.total()), PayoutJson.yuan(n.insurerShare()), PayoutJson.yuan(n.contractorShare()), n.issuedAt());
		}

	}

	record WorkerView(long id, int line, String name, String idMasked, String phoneMasked, String bank,
			String cardMasked, BigDecimal amount, BigDecimal paid) {

		static WorkerView of(PayoutWorker w) {
			return new WorkerView(w.id(), w.line(), w.name(), w.idMasked(), w.phoneMasked(), w.bank(), w.cardMasked(),
					PayoutJson.yuan(w.amount()), PayoutJson.yuan(w.paid()));
		}

	}

	record PaymentView(long paymentId, String bankReference, boolean repeated, BigDecimal insurerOutstanding) {

		static PaymentView of(PaymentResult r) {
			return new PaymentView(r.paymentId(), r.bankReference(), r.repeated(), PayoutJson.yuan(r.insurerOutstanding()));
		}

	}

	record ReimbursementView(long caseId, BigDecimal amount, BigDecimal outstanding, LocalDate receivedOn, boolean repeated) {

		static ReimbursementView of(ReimbursementResult r) {
			return new ReimbursementView(r.caseId(), PayoutJson.yuan(r.amount()), PayoutJson.yuan(r.outstanding()), r.receivedOn(),
					r.repeated());
		}

	}

}
