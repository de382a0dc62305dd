package io.suretyhub.insurer.internal;

/** Where a filing stands (R-INS-1, R-INS-7). */
public enum FilingStatus {

	DRAFT, SUBMITTED, RETURNED, REGISTERED, REVOKED;

	/** Whether the insurer may still change the form. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
