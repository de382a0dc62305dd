package io.suretyhub.policy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;
import io.suretyhub.shared.RuleViolation;

/**
 * A wage guarantee policy from application to its end: every change goes through a guarded transition
 * that records a {@link PolicyEvent}; an illegal one throws {@link RuleViolation} with the rule.
 */
public final class Policy {

	private final PolicyTerms terms;

	private PolicyStatus status;

	private Money remaining;

	private Underwritten underwritten;

	private String refusalReason;

	private Surrender surrender;

	private final List<PolicyEvent> events = new ArrayList<>();

	Policy(PolicyTerms terms, PolicyStatus status, Money remaining, Underwritten underwritten, String refusalReason,
			Surrender surrender) {
		this.terms = terms;
		this.status = status;
		this.remaining = remaining;
		this.underwritten = underwritten;
		this.refusalReason = refusalReason;
		this.surrender = surrender;
	}

	static Policy applied(PolicyTerms terms) {
		Policy policy = new Policy(terms, PolicyStatus.APPLIED, terms.sumInsured(), null, null, null);
		policy.events.add(new PolicyEvent.Applied(terms.id(), terms.projectId(), terms.contractorId(), terms.insurerId(),
				terms.branchId(), terms.area(), terms.appliedAt()));
		return policy;
	}

	/** Refuses any decision on an application the branch has already decided (R-POL-2). */
	void requireApplied() {
		require(status == PolicyStatus.APPLIED, "R-POL-2", "policy.error.notApplied");
	}

	void issue(Underwritten result) {
		requireApplied();
		this.underwritten = result;
		this.status = PolicyStatus.ISSUED;
		events.add(new PolicyEvent.Issued(terms.id(), result.number(), terms.contractorId(), terms.branchId(),
				terms.area(), terms.periodStart(), terms.periodEnd(), terms.renewalOf(), result.issuedAt(), terms.insurerId(),
				terms.projectId(), terms.sumInsured(), result.premium()));
	}

	void refuse(String reason, Instant at) {
		requireApplied();
		this.refusalReason = reason;
		this.status = PolicyStatus.REFUSED;
		events.add(new PolicyEvent.Refused(terms.id(), terms.branchId(), reason, at));
	}

	/** Cover starts at 00:00 of the start date (R-POL-3). */
	boolean takeEffect(LocalDate today) {
		if (status != PolicyStatus.ISSUED || today.isBefore(terms.periodStart())) {
			return false;
		}
		status = PolicyStatus.IN_FORCE;
		events.add(new PolicyEvent.TookEffect(terms.id(), today));
		return true;
	}

	/** Cover ends at 24:00 of the end date: renewed if a successor was issued, else expired. */
	boolean end(LocalDate today, Long successorId, boolean projectUnfinished) {
		if (!(status == PolicyStatus.ISSUED || status == PolicyStatus.IN_FORCE) || !today.isAfter(terms.periodEnd())) {
			return false;
		}
		if (successorId != null) {
			status = PolicyStatus.RENEWED;
			events.add(new PolicyEvent.Renewed(terms.id(), successorId, terms.periodEnd()));
		}
		else {
			status = PolicyStatus.EXPIRED;
			events.add(new PolicyEvent.Expired(terms.id(), terms.contractorId(), terms.area(), terms.periodEnd(),
					projectUnfinished));
		}
		return true;
	}

	void requestSurrender(String reason, Instant at) {
		require(status == PolicyStatus.ISSUED || status == PolicyStatus.IN_FORCE, "R-POL-7", "policy.error.notLive");
		surrender = new Surrender(reason, at, status, null, null);
		status = PolicyStatus.SURRENDER_REQUESTED;
		events.add(new PolicyEvent.SurrenderRequested(terms.id(), reason, at));
	}

	void approveSurrender(long authorityAccount, Instant at) {
		require(status == PolicyStatus.SURRENDER_REQUESTED && surrender.approvedAt() == null, "R-POL-7",
				"policy.error.noSurrenderRequest");
		surrender = new Surrender(surrender.reason(), surrender.requestedAt(), surrender.statusBefore(), authorityAccount, at);
		events.add(new PolicyEvent.SurrenderApproved(terms.id(), authorityAccount, at));
	}

	void rejectSurrender(long authorityAccount, String reason, Instant at) {
		require(status == PolicyStatus.SURRENDER_REQUESTED && surrender.approvedAt() == null, "R-POL-7",
				"policy.error.noSurrenderRequest");
		status = surrender.statusBefore();
		surrender = null;
		events.add(new PolicyEvent.SurrenderRejected(terms.id(), authorityAccount, reason, at));
	}

	/** Only with the local authority's approved surrender application (R-POL-7). */
	void surrender(Instant at) {
		require(status == PolicyStatus.SURRENDER_REQUESTED && surrender.approvedAt() != null, "R-POL-7",
				"policy.error.surrenderNotApproved");
		status = PolicyStatus.SURRENDERED;
		events.add(new PolicyEvent.Surrendered(terms.id(), at));
	}

	/** Reduces the remaining sum insured by at most what remains (R-CLM-5); answers what was taken. */
	Money reduceRemaining(Money amount) {
		if (amount.isNegative() || amount.compareTo(Money.ZERO) == 0) {
			throw new IllegalArgumentException("A payout is positive: " + amount);
		}
		require(status == PolicyStatus.IN_FORCE || status == PolicyStatus.SURRENDER_REQUESTED
				|| status == PolicyStatus.EXPIRED || status == PolicyStatus.RENEWED, "R-CLM-5", "policy.error.notPayable");
		Money taken = amount.compareTo(remaining) > 0 ? remaining : amount;
		remaining = remaining.minus(taken);
		events.add(new PolicyEvent.RemainingReduced(terms.id(), taken, remaining));
		if (remaining.compareTo(Money.ZERO) == 0) {
			status = PolicyStatus.EXHAUSTED;
			events.add(new PolicyEvent.Exhausted(terms.id()));
		}
		return taken;
	}

	/** Closed when the project is complete with the no-arrears notice done (R-POL-6). */
	void close(boolean projectComplete, Instant at) {
		require(projectComplete, "R-POL-6", "policy.error.projectUnfinished");
		require(status == PolicyStatus.IN_FORCE || status == PolicyStatus.EXPIRED || status == PolicyStatus.RENEWED
				|| status == PolicyStatus.EXHAUSTED || status == PolicyStatus.ISSUED, "R-POL-6", "policy.error.notClosable");
		status = PolicyStatus.CLOSED;
		events.add(new PolicyEvent.Closed(terms.id(), at));
	}

	private static void require(boolean condition, String rule, String key) {
		if (!condition) {
			throw new RuleViolation(rule, key);
		}
	}

	List<PolicyEvent> drainEvents() {
		List<PolicyEvent> drained = List.copyOf(events);
		events.clear();
		return drained;
	}

	public PolicyTerms terms() {
		return terms;
	}

	public long id() {
		return terms.id();
	}

	public PolicyStatus status() {
		return status;
	}

	public Money remaining() {
		return remaining;
	}

	/** The underwriting result, once issued; else {@code null}. */
	public Underwritten underwritten() {
		return underwritten;
	}

	public String refusalReason() {
		return refusalReason;
	}

	/** The surrender application, while one is pending; else {@code null}. */
	public Surrender surrender() {
		return surrender;
	}

	/**
	 * What was applied for: fixed for the policy's life.
	 *
	 * @param renewalOf the policy this one renews, or {@code null}
	 */
	public record PolicyTerms(long id, long projectId, long contractorId, AreaCode area, long insurerId, long branchId,
			Money sumInsured, LocalDate periodStart, LocalDate periodEnd, Long renewalOf, Instant appliedAt) {

		PolicyTerms withId(long newId) {
			return new PolicyTerms(newId, projectId, contractorId, area, insurerId, branchId, sumInsured, periodStart,
					periodEnd, renewalOf, appliedAt);
		}

	}

	/**
	 * The underwriting result.
	 *
	 * @param rate the filed rate applied, a fraction
	 * @param counterGuarantee {@code null} when there is none
	 * @param underwriter who underwrote it (an account name, or {@code auto} for automatic underwriting)
	 */
	public record Underwritten(BigDecimal rate, Money premium, CounterGuarantee counterGuarantee, String number,
			String verificationCode, String underwriter, Instant issuedAt) {
	}

	/**
	 * A surrender application (Attachment 4) and the local authority's approval.
	 *
	 * @param statusBefore the status to return to if the authority rejects it
	 * @param approvedBy the approving authority account, or {@code null} while pending
	 */
	public record Surrender(String reason, Instant requestedAt, PolicyStatus statusBefore, Long approvedBy,
			Instant approvedAt) {
	}

}
