package io.suretyhub.obligation;

/**
 * How far an obligation has gone: {@link #REMINDER} before the due time, {@link #YELLOW} at it (the
 * overdue warning), {@link #ORANGE} and {@link #RED} as it stays overdue (thresholds configurable).
 */
public enum WarningLevel {

	NONE, REMINDER, YELLOW, ORANGE, RED;

	public boolean overdue() {
		return compareTo(YELLOW) >= 0;
	}

}
