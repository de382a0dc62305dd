package io.suretyhub.project;

/**
 * What registering a project takes, as typed; checked field by field by
 * {@link Projects#register(ProjectRegistration)}. Dates are ISO ({@code 2026-03-01}).
 *
 * @param contractorId the registering general contractor's organisation id
 * @param name the project name, at most 200 characters
 * @param areaCode the prefecture or county the project lies in
 * @param ownerName the owner 建设单位, at most 200 characters
 * @param contractPrice the contract price in yuan, positive, at most two decimals, e.g. {@code 12500000.00}
 * @param address the site address, at most 300 characters
 * @param type a {@link ProjectType} name
 * @param works a {@link ProjectWorks} name
 * @param kind a {@link ConstructionKind} name
 * @param periodStart first day of the construction period
 * @param periodEnd last day of the construction period, not before the first
 * @param permitNumber the construction permit (or start-work approval) number; empty where none is needed
 * @param permitDate the permit's date; required with a permit number
 * @param contractDate the contract's signing date; required where there is no permit
 */
public record ProjectRegistration(long contractorId, String name, String areaCode, String ownerName,
		String contractPrice, String address, String type, String works, String kind, String periodStart,
		String periodEnd, String permitNumber, String permitDate, String contractDate) {
}
