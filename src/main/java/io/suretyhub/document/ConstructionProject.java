package io.suretyhub.document;

import java.time.LocalDate;
import java.util.Objects;

import io.suretyhub.shared.Money;

/**
 * The project (项目工程) a document is about.
 *
 * @param name project name
 * @param totalCost total cost (工程总造价)
 * @param start first day of the construction period
 * @param end last day of the construction period
 * @param address where the project is
 */
public record ConstructionProject(String name, Money totalCost, LocalDate start, LocalDate end, String address) {

	public ConstructionProject {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(totalCost, "totalCost");
		Objects.requireNonNull(address, "address");
		if (start.isAfter(end)) {
			throw new IllegalArgumentException("The construction period ends before it starts");
		}
	}

}
