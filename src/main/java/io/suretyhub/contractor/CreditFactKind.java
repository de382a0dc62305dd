package io.suretyhub.contractor;

/**
 * The eight circumstances of W Art 8 (R-ELG-1), in the article's order; texts are
 * {@code contractor.kind.<NAME>}. Kinds (3) and (4) are recorded by the platform (R-ELG-2).
 */
public enum CreditFactKind {

	/** (1) a previous project failed to implement the wage payment rules. */
	WAGE_RULES_NOT_IMPLEMENTED(1),
	/** (2) an unresolved wage-arrears complaint. */
	UNRESOLVED_COMPLAINT(2),
	/** (3) a wage guarantee policy expired without timely renewal. */
	RENEWAL_MISSED(3),
	/** (4) after a payout, no replacement policy or cash top-up in time. */
	REPLACEMENT_MISSED(4),
	/** (5) last year's labour integrity grade C. */
	INTEGRITY_GRADE_C(5),
	/** (6) on the major labour violation or wage-arrears joint-punishment list. */
	JOINT_PUNISHMENT_LIST(6),
	/** (7) a mass, extreme or public-opinion incident caused by arrears. */
	ARREARS_INCIDENT(7),
	/** (8) other arrears violations with bad social impact. */
	OTHER_ARREARS_VIOLATION(8);

	private final int item;

	CreditFactKind(int item) {
		this.item = item;
	}

	/** Its item number in W Art 8. */
	public int item() {
		return item;
	}

	/** Whether the platform records this kind from its own deadlines, not an authority. */
	public boolean platformRecorded() {
		return this == RENEWAL_MISSED || this == REPLACEMENT_MISSED;
	}

	/** Whether the fact shows wage arrears (R-PRJ-3 increase): every kind except (5) and (6) on its own list. */
	public boolean showsArrears() {
		return this != INTEGRITY_GRADE_C;
	}

}
