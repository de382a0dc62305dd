package io.suretyhub.insurer.internal;

/** The documents a filing carries (R-INS-2, W Art 4), and evidence of supervision measures (R-SUP-1). */
public enum DocumentKind {

	BUSINESS_LICENCE, LEGAL_REP_ID, PRODUCT_APPROVAL, SOLVENCY_YEAR_END, SOLVENCY_QUARTER_1, SOLVENCY_QUARTER_2,
	RISK_RATING, EVIDENCE;

	/** Whether a filing must carry this kind before it can be submitted. */
	public boolean requiredForFiling() {
		return this != EVIDENCE;
	}

	public static DocumentKind fromName(String name) {
		for (DocumentKind kind : values()) {
			if (kind.name().equals(name)) {
				return kind;
			}
		}
		return null;
	}

}
