package io.suretyhub.contractor;

import java.time.Instant;
import java.time.LocalDate;

import io.suretyhub.shared.AreaCode;

/**
 * A recorded W Art 8 fact about a general contractor.
 *
 * @param id its id
 * @param contractorId the contractor
 * @param kind which circumstance
 * @param occurredOn the date the fact refers to; it counts for two years from then (R-ELG-1)
 * @param evidence what proves it (document number, decision), as entered
 * @param source who established it: the authority's name, or the platform's deadline (e.g. {@code policy/42})
 * @param area the area of the authority (or the project) it was recorded for
 * @param recordedBy the account that recorded it; {@code null} for the platform
 * @param recordedAt when it was recorded
 */
public record CreditFact(long id, long contractorId, CreditFactKind kind, LocalDate occurredOn, String evidence,
		String source, AreaCode area, Long recordedBy, Instant recordedAt) {

	/** Whether it bars insurance on {@code day}: it occurred within the two years before (R-ELG-1). */
	public boolean countsOn(LocalDate day) {
		return !occurredOn.isAfter(day) && !occurredOn.isBefore(day.minusYears(2));
	}

}
