package io.suretyhub.calendar.internal;

import java.time.Instant;

/**
 * A year's arrangement for a scope as it is in force.
 *
 * @param scope national or a region
 * @param version 0 for the file shipped with the release, 1, 2, … for versions added by administrators
 * @param document the days and their sources
 * @param publishedAt when an administrator added it; {@code null} for a shipped file
 */
public record YearArrangement(Scope scope, int version, CalendarDocument document, Instant publishedAt) {

	public int year() {
		return document.year();
	}

	public boolean shipped() {
		return version == 0;
	}

}
