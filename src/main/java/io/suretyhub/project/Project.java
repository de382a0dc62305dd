package io.suretyhub.project;

import java.time.Instant;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Money;

/**
 * A registered construction project.
 *
 * @param id its id
 * @param name the project name
 * @param contractorId the general contractor (an organisation) that registered it
 * @param area the prefecture or county it lies in
 * @param ownerName the owner 建设单位
 * @param contractPrice the contract price
 * @param address the site address
 * @param registeredAt when it was registered
 */
public record Project(long id, String name, long contractorId, AreaCode area, String ownerName, Money contractPrice,
		String address, Instant registeredAt) {
}
