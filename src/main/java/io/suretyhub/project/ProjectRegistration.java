package io.suretyhub.project;

/**
 * What registering a project takes, as typed; checked field by field by
 * {@link Projects#register(ProjectRegistration)}.
 *
 * @param contractorId the registering general contractor's organisation id
 * @param name the project name, at most 200 characters
 * @param areaCode the prefecture or county the project lies in
 * @param ownerName the owner 建设单位, at most 200 characters
 * @param contractPrice the contract price in yuan, positive, at most two decimals, e.g. {@code 12500000.00}
 * @param address the site address, at most 300 characters
 */
public record ProjectRegistration(long contractorId, String name, String areaCode, String ownerName,
		String contractPrice, String address) {
}
