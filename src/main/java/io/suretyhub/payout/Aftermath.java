package io.suretyhub.payout;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import io.suretyhub.obligation.ObligationOverdue;
import io.suretyhub.obligation.Obligations;
import io.suretyhub.obligation.Subject;
import io.suretyhub.payout.internal.CaseRepository;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.Money;
import io.suretyhub.shared.Role;
import io.suretyhub.shared.RuleViolation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows a payout: the contractor's excess (R-CLM-3) and replacement cover (R-CLM-6), recorded by the
 * local authority; the reimbursement of the insurer within 60 days, recorded by the insurer, and the
 * recourse case that opens when those 60 days pass with money outstanding (R-CLM-7). An overdue
 * replacement becomes the R-ELG-1 (4) fact in the contractor module (from {@link ObligationOverdue}).
 */
@Service
public class Aftermath {

	private final CaseRepository cases;

	private final Obligations obligations;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Aftermath(CaseRepository cases, Obligations obligations, ApplicationEventPublisher events, Clock clock) {
		this.cases = cases;
		this.obligations = obligations;
		this.events = events;
		this.clock = clock;
	}

	/** The authority records that the contractor paid the excess to the workers (R-CLM-3). */
	@Transactional
	public void recordExcessPaid(long caseId, AccessScope authority) {
		PayoutCase c = authorityCase(caseId, authority);
		if (c.contractorShare() == null || c.contractorShare().compareTo(Money.ZERO) == 0 || c.excessPaidAt() != null) {
			throw new RuleViolation("R-CLM-3", "payout.error.noExcess");
		}
		cases.update("excess_paid_at = :at", caseId).param("at", Timestamp.from(clock.instant())).update();
		obligations.meet(new Subject(PayoutSubjects.EXCESS, "" + caseId), "R-CLM-3");
		cases.settleIfComplete(caseId);
		events.publishEvent(AuditEvent.success("payout.excess.record", "payout-case", caseId, ""));
	}

	/** The authority records the replacement: a new policy of the same scope and amount, or a cash top-up (R-CLM-6). */
	@Transactional
	public void recordReplacement(long caseId, String kind, String reference, AccessScope authority) {
		PayoutCase c = authorityCase(caseId, authority);
		if (!"POLICY".equals(kind) && !"CASH".equals(kind)) {
			throw InvalidInput.of("kind", "payout.error.replacementKind");
		}
		String text = reference == null ? "" : reference.strip();
		if (text.isEmpty() || text.length() > 100) {
			throw InvalidInput.of("reference", "payout.error.replacementReference");
		}
		if (c.firstPaidAt() == null || c.replacementAt() != null) {
			throw new RuleViolation("R-CLM-6", "payout.error.noReplacementDue");
		}
		cases.update("replacement_kind = :kind, replacement_reference = :reference, replacement_at = :at", caseId)
			.param("kind", kind)
			.param("reference", text)
			.param("at", Timestamp.from(clock.instant()))
			.update();
		obligations.meet(new Subject(PayoutSubjects.REPLACEMENT, "" + caseId), "R-CLM-6");
		events.publishEvent(AuditEvent.success("payout.replacement.record", "payout-case", caseId, "kind=" + kind));
	}

	/**
	 * The insurer records money the contractor reimbursed (R-CLM-7); never more than the insurer paid. A receipt
	 * reference already recorded on the case with the same amount and day answers that recording and changes
	 * nothing ({@code repeated}); with another amount or day it is refused ({@code payout.error.reimbursementReferenceReused}).
	 */
	@Transactional
	public ReimbursementResult recordReimbursement(long caseId, Money amount, LocalDate receivedOn, String reference,
			AccessScope insurer) {
		if (insurer.role() != Role.INSURER_STAFF && insurer.role() != Role.INSURER_ADMIN) {
			throw new RuleViolation("R-CLM-7", "payout.error.onlyInsurer");
		}
		PayoutCase c = cases.lock(caseId, insurer).orElseThrow(() -> new CaseNotFound(caseId));
		String text = reference == null ? "" : reference.strip();
		if (text.isEmpty() || text.length() > 100) {
			throw InvalidInput.of("reference", "payout.error.reimbursementReference");
		}
		if (receivedOn == null || receivedOn.isAfter(LocalDate.now(clock))) {
			throw InvalidInput.of("receivedOn", "payout.error.receivedOn");
		}
		var known = cases.reimbursement(caseId, text);
		if (known.isPresent()) {
			if (known.get().amount().compareTo(amount) != 0 || !known.get().receivedOn().equals(receivedOn)) {
				throw new RuleViolation("R-CLM-7", "payout.error.reimbursementReferenceReused");
			}
			return new ReimbursementResult(caseId, amount, c.reimbursementOutstanding(), receivedOn, true);
		}
		if (amount.compareTo(Money.ZERO) <= 0 || amount.compareTo(c.reimbursementOutstanding()) > 0) {
			throw new RuleViolation("R-CLM-7", "payout.error.reimbursementTooMuch", c.reimbursementOutstanding());
		}
		Instant now = clock.instant();
		cases.insertReimbursement(caseId, amount, receivedOn, text, insurer.accountId(), now);
		Money reimbursed = c.reimbursed().plus(amount);
		cases.update("reimbursed = :reimbursed", caseId).param("reimbursed", reimbursed.amount()).update();
		cases.reduceRecourse(caseId, amount);
		Money outstanding = c.insurerPaid().minus(reimbursed);
		if (outstanding.compareTo(Money.ZERO) == 0 && c.insurerOutstanding().compareTo(Money.ZERO) == 0) {
			obligations.meet(new Subject(PayoutSubjects.REIMBURSEMENT, "" + caseId), "R-CLM-7");
		}
		var recorded = new ReimbursementRecorded(caseId, amount, outstanding, c.policyId(), c.insurerId(),
				c.contractorId(), c.area(), receivedOn, now);
		events.publishEvent(recorded);
		events.publishEvent(AuditEvent.success("payout.reimbursement.record", "payout-case", caseId, "amount=" + amount));
		return new ReimbursementResult(caseId, amount, outstanding, receivedOn, false);
	}

	/** The 60 days passed: the insurer's recourse case opens with what is outstanding (R-CLM-7). */
	@ApplicationModuleListener(condition = "#event.rule() == 'R-CLM-7' and #event.subject().type() == 'payout-reimbursement'")
	void overdue(ObligationOverdue event) {
		if (!"R-CLM-7".equals(event.rule()) || !PayoutSubjects.REIMBURSEMENT.equals(event.subject().type())) {
			return;
		}
		long caseId = Long.parseLong(event.subject().id());
		PayoutCase c = cases.find(caseId).orElseThrow(() -> new CaseNotFound(caseId));
		if (c.recourseOutstanding() != null || c.reimbursementOutstanding().compareTo(Money.ZERO) == 0) {
			return;
		}
		Instant now = clock.instant();
		cases.openRecourse(caseId, c.reimbursementOutstanding(), now);
		events.publishEvent(new RecourseOpened(caseId, c.reimbursementOutstanding(), c.policyId(), c.insurerId(),
				c.contractorId(), c.area(), now));
		events.publishEvent(AuditEvent.success("payout.recourse.open", "payout-case", caseId,
				"outstanding=" + c.reimbursementOutstanding()));
	}

	private PayoutCase authorityCase(long caseId, AccessScope authority) {
		if (authority.role() != Role.LOCAL_AUTHORITY) {
			throw new RuleViolation("R-CLM-6", "payout.error.onlyLocalAuthority");
		}
		return cases.lock(caseId, authority).orElseThrow(() -> new CaseNotFound(caseId));
	}

}
