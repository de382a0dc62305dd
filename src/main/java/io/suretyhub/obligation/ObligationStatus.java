package io.suretyhub.obligation;

/** Where an obligation stands. */
public enum ObligationStatus {

	/** Running, not yet due. */
	OPEN,
	/** Past its due time and not yet met or waived. */
	OVERDUE,
	/** Met by the owing party (possibly late). */
	MET,
	/** Waived by an authority, with a reason. */
	WAIVED;

	public boolean closed() {
		return this == MET || this == WAIVED;
	}

}
