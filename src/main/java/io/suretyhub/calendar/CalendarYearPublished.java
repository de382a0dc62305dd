package io.suretyhub.calendar;

import io.suretyhub.shared.AreaCode;

/**
 * An administrator published a year's arrangement (R-TIME-1): open deadlines computed provisionally for
 * that year may now be recomputed.
 *
 * @param region the region whose own holidays these are; {@code null} for the national arrangement
 * @param year the year
 * @param version the version now in force (versions count from 1 for each place and year)
 */
public record CalendarYearPublished(AreaCode region, int year, int version) {

	public boolean national() {
		return region == null;
	}

	/** Whether the change can move deadlines in {@code area}. */
	public boolean concerns(AreaCode area) {
		return region == null || region.contains(area);
	}

}
