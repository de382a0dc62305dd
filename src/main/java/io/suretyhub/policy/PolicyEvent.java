package io.suretyhub.policy;

import java.time.Instant;
import java.time.LocalDate;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;

/** What happened to a policy, published inside the transaction that did it. */
public sealed interface PolicyEvent {

	long policyId();

	/** The contractor applied; the branch's R-POL-2 clock starts. */
	record Applied(long policyId, long projectId, long contractorId, long insurerId, long branchId, AreaCode area,
			Instant at) implements PolicyEvent {
	}

	/** The insurer refused the application, with a reason. */
	record Refused(long policyId, long branchId, String reason, Instant at) implements PolicyEvent {
	}

	/**
	 * Issued, with its number; the R-POL-6 renewal window runs in the month before {@code periodEnd}. The
	 * insurer, project, sum insured and premium are what the statistics (R-STAT-1) count.
	 */
	record Issued(long policyId, String number, long contractorId, long branchId, AreaCode area, LocalDate periodStart,
			LocalDate periodEnd, Long renewalOf, Instant at, long insurerId, long projectId, Money sumInsured,
			Money premium) implements PolicyEvent {
	}

	record TookEffect(long policyId, LocalDate on) implements PolicyEvent {
	}

	/** Ended without a renewal; {@code projectUnfinished} makes it the R-ELG-1 (3) fact (R-POL-6). */
	record Expired(long policyId, long contractorId, AreaCode area, LocalDate periodEnd, boolean projectUnfinished)
			implements PolicyEvent {
	}

	record Renewed(long policyId, long successorId, LocalDate periodEnd) implements PolicyEvent {
	}

	record SurrenderRequested(long policyId, String reason, Instant at) implements PolicyEvent {
	}

	record SurrenderApproved(long policyId, long approvedBy, Instant at) implements PolicyEvent {
	}

	record SurrenderRejected(long policyId, long rejectedBy, String reason, Instant at) implements PolicyEvent {
	}

	record Surrendered(long policyId, Instant at) implements PolicyEvent {
	}

	/** A payout reduced the remaining sum insured by {@code amount}. */
	record RemainingReduced(long policyId, Money amount, Money remaining) implements PolicyEvent {
	}

	record Exhausted(long policyId) implements PolicyEvent {
	}

	record Closed(long policyId, Instant at) implements PolicyEvent {
	}

}
