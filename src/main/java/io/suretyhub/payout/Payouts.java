package io.suretyhub.payout;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.suretyhub.calendar.TimeLimit;
import io.suretyhub.obligation.NewObligation;
import io.suretyhub.obligation.Obligations;
import io.suretyhub.obligation.Parties;
import io.suretyhub.obligation.Subject;
import io.suretyhub.payout.internal.CaseRepository;
import io.suretyhub.payout.internal.PaymentRepository;
import io.suretyhub.payout.internal.WorkerRepository;
import io.suretyhub.policy.Policies;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.Money;
import io.suretyhub.shared.Role;
import io.suretyhub.shared.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The insurer's payments under a payment notice (R-CLM-2, R-CLM-5): each recorded once by its bank
 * reference, never more than the worker's amount, the insurer's share, or the policy's remaining sum
 * insured. The case row and then the policy row are locked for each recording, so concurrent recordings
 * queue; a repeated bank reference answers the first recording and changes nothing.
 */
@Service
public class Payouts {

	private final CaseRepository cases;

	private final WorkerRepository workers;

	private final PaymentRepository payments;

	private final Policies policies;

	private final Obligations obligations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Payouts(CaseRepository cases, WorkerRepository workers, PaymentRepository payments, Policies policies,
			Obligations obligations, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.workers = workers;
		this.payments = payments;
		this.policies = policies;
		this.obligations = obligations;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public PaymentResult record(long caseId, PaymentRecord payment, AccessScope staff) {
		requireStaff(staff);
		check(payment);
		PayoutCase c = cases.lock(caseId, staff).orElseThrow(() -> new CaseNotFound(caseId));
		String reference = payment.bankReference().strip();
		var known = payments.byReference(reference);
		if (known.isPresent()) {
			return repeated(c, known.get(), payment);
		}
		if (c.status() != CaseStatus.NOTICE_ISSUED && c.status() != CaseStatus.PAID) {
			throw new RuleViolation("R-CLM-2", "payout.error.noNotice");
		}
		Money amount = new Money(payment.amount());
		Instant now = clock.instant();
		if (payment.paidAt().isAfter(now) || payment.paidAt().isBefore(c.noticeIssuedAt())) {
			throw InvalidInput.of("paidAt", "payout.error.paidAtOutside");
		}
		PayoutWorker worker = workers.line(caseId, payment.line())
			.orElseThrow(() -> InvalidInput.of("line", "payout.error.noSuchLine", payment.line()));
		if (amount.compareTo(worker.amount().minus(worker.paid())) > 0) {
			throw new RuleViolation("R-CLM-5", "payout.error.exceedsWorker", worker.amount().minus(worker.paid()));
		}
		if (amount.compareTo(c.insurerOutstanding()) > 0) {
			throw new RuleViolation("R-CLM-5", "payout.error.exceedsShare", c.insurerOutstanding());
		}
		var id = payments.insertOnce(caseId, worker.id(), reference, amount, payment.paidAt(), staff.accountId(), now);
		if (id.isEmpty()) {
			return repeated(c, payments.byReference(reference).orElseThrow(), payment);
		}
		Money taken = policies.reduceRemaining(c.policyId(), amount);
		if (taken.compareTo(amount) < 0) {
			throw new RuleViolation("R-CLM-5", "payout.error.exceedsRemaining", taken);
		}
		workers.addPaid(worker.id(), amount);
		Money paid = c.insurerPaid().plus(amount);
		cases.update("insurer_paid = :paid, first_paid_at = COALESCE(first_paid_at, :now)", caseId)
			.param("paid", paid.amount())
			.param("now", Timestamp.from(now))
			.update();
		if (c.firstPaidAt() == null) {
			startAftermath(c, now);
		}
		if (paid.compareTo(c.insurerShare()) == 0) {
			obligations.meet(new Subject(PayoutSubjects.NOTICE, "" + caseId), "R-CLM-2");
			cases.settleIfComplete(caseId);
		}
		events.publishEvent(new WorkerPaid(caseId, id.get(), amount, c.policyId(), c.insurerId(), c.branchId(), c.area(),
				payment.paidAt()));
		events.publishEvent(AuditEvent.success("payout.payment.record", "payout-payment", id.get(),
				"case=" + caseId + " line=" + worker.line() + " amount=" + amount));
		return new PaymentResult(id.get(), reference, false, c.insurerOutstanding().minus(amount));
	}

	/**
	 * A bank result file: every row recorded, or none (a refused row names its line in the file). Rows whose
	 * bank reference is already on file change nothing.
	 */
	@Transactional
	public List<PaymentResult> recordAll(long caseId, List<PaymentRecord> rows, AccessScope staff) {
		if (rows.isEmpty()) {
			throw InvalidInput.of("file", "payout.bank.empty");
		}
		List<PaymentResult> results = new java.util.ArrayList<>(rows.size());
		for (int i = 0; i < rows.size(); i++) {
			String row = "row " + (i + 1);
			try {
				results.add(record(caseId, rows.get(i), staff));
			}
			catch (RuleViolation ex) {
				throw InvalidInput.of(row, ex.messageKey(), ex.arguments());
			}
			catch (InvalidInput ex) {
				throw new InvalidInput(ex.problems().stream()
					.map(p -> new InvalidInput.Problem(row + "." + p.field(), p.messageKey(), p.arguments()))
					.toList());
			}
		}
		return results;
	}

	/** The payments recorded on a case. */
	public List<PaymentRepository.Paid> payments(long caseId, AccessScope viewer) {
		return payments.ofCase(cases.find(caseId, viewer).orElseThrow(() -> new CaseNotFound(caseId)).id());
	}

	/**
	 * The full ID number, phone and card of one worker, for insurer staff who pay it; every display is audited.
	 */
	@Transactional
	public UnmaskedWorker reveal(long caseId, long workerId, AccessScope staff) {
		requireStaff(staff);
		cases.find(caseId, staff).orElseThrow(() -> new CaseNotFound(caseId));
		var unmasked = workers.unmasked(caseId, workerId).orElseThrow(() -> new CaseNotFound(caseId));
		events.publishEvent(AuditEvent.success("payout.worker.reveal", "payout-worker", workerId, "case=" + caseId));
		return unmasked;
	}

	private void startAftermath(PayoutCase c, Instant now) {
		obligations.open(new NewObligation(Parties.toAuthority(c.contractorId(), c.area()),
				new Subject(PayoutSubjects.REPLACEMENT, "" + c.id()), "R-CLM-6", c.area(), now, TimeLimit.workingDays(10)));
		obligations.open(new NewObligation(Parties.toOrganisation(c.contractorId(), c.insurerId()),
				new Subject(PayoutSubjects.REIMBURSEMENT, "" + c.id()), "R-CLM-7", c.area(), now, TimeLimit.days(60)));
	}

	private static PaymentResult repeated(PayoutCase c, PaymentRepository.Recorded known, PaymentRecord payment) {
		if (known.caseId() != c.id() || known.line() != payment.line()
				|| known.amount().compareTo(new Money(payment.amount())) != 0) {
			throw new RuleViolation("R-CLM-5", "payout.error.referenceReused");
		}
		return new PaymentResult(known.id(), payment.bankReference().strip(), true, c.insurerOutstanding());
	}

	private static void check(PaymentRecord p) {
		List<InvalidInput.Problem> problems = new java.util.ArrayList<>();
		if (p.line() == null || p.line() < 1) {
			problems.add(new InvalidInput.Problem("line", "payout.bank.line"));
		}
		if (p.bankReference() == null || !p.bankReference().strip().matches("[A-Za-z0-9._/-]{4,64}")) {
			problems.add(new InvalidInput.Problem("bankReference", "payout.bank.reference"));
		}
		if (p.amount() == null || p.amount().signum() <= 0 || p.amount().stripTrailingZeros().scale() > 2) {
			problems.add(new InvalidInput.Problem("amount", "payout.roster.amount"));
		}
		if (p.paidAt() == null) {
			problems.add(new InvalidInput.Problem("paidAt", "payout.bank.paidAt"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private static void requireStaff(AccessScope scope) {
		if (scope.role() != Role.INSURER_STAFF) {
			throw new RuleViolation("R-CLM-2", "payout.error.onlyInsurerStaff");
		}
	}

}
