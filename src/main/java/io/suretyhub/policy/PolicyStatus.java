package io.suretyhub.policy;

/** Where a policy is in its life; texts are {@code policy.status.<NAME>}. */
public enum PolicyStatus {

	/** Applied for, in the branch's underwriting queue (R-POL-2). */
	APPLIED,
	/** The insurer refused, with a reason. */
	REFUSED,
	/** Issued, cover not yet started. */
	ISSUED,
	IN_FORCE,
	/** Ended without a renewal. */
	EXPIRED,
	/** Ended, continued by its renewal (R-POL-6). */
	RENEWED,
	SURRENDER_REQUESTED,
	/** Surrendered with the local authority's approved application (R-POL-7). */
	SURRENDERED,
	/** The remaining sum insured was used up by payouts (R-CLM-5). */
	EXHAUSTED,
	/** The project is complete with its no-arrears notice done. */
	CLOSED;

	/** Whether the policy covers (or will cover) the project: issued, in force or awaiting surrender. */
	public boolean live() {
		return this == ISSUED || this == IN_FORCE || this == SURRENDER_REQUESTED;
	}

}
