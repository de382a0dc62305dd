package io.suretyhub.project;

import java.time.Instant;
import java.time.LocalDate;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;

/**
 * A registered construction project (R-PRJ-1, R-PRJ-2). Projects registered before types, periods and
 * permits were recorded have {@code null} there.
 *
 * @param id its id
 * @param name the project name
 * @param contractorId the general contractor (an organisation) that registered it
 * @param area the prefecture or county it lies in
 * @param ownerName the owner 建设单位
 * @param contractPrice the contract price
 * @param address the site address
 * @param registeredAt when it was registered
 * @param type the project type
 * @param works the kind of works
 * @param kind new, extension or rebuild
 * @param periodStart first day of the construction period
 * @param periodEnd last day of the construction period
 * @param permitNumber the construction permit (or start-work approval) number; {@code null} where none is needed
 * @param permitDate the permit's date; {@code null} where none is needed
 * @param contractDate the construction contract's signing date, where no permit is needed
 * @param completedOn when the local authority recorded completion with the no-arrears notice done; else {@code null}
 */
public record Project(long id, String name, long contractorId, AreaCode area, String ownerName, Money contractPrice,
		String address, Instant registeredAt, ProjectType type, ProjectWorks works, ConstructionKind kind,
		LocalDate periodStart, LocalDate periodEnd, String permitNumber, LocalDate permitDate, LocalDate contractDate,
		LocalDate completedOn) {

	/** The day the R-PRJ-2 clock starts: the permit's date, or the contract's where no permit is needed. */
	public LocalDate ratioClockStart() {
		return permitDate != null ? permitDate : contractDate;
	}

	/** Whether the project is complete (with the no-arrears public notice done, R-POL-6). */
	public boolean isComplete() {
		return completedOn != null;
	}

}
