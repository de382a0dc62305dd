package io.suretyhub.project.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.suretyhub.project.ProjectRegistration;
import io.suretyhub.shared.InvalidInput.Problem;

/**
 * The construction period and the permit (or, where no permit is needed, the contract) that starts the
 * R-PRJ-2 clock, checked: the period ends on or after its start; a permit number comes with its date;
 * without a permit the contract date is required.
 */
public record ProjectDates(LocalDate periodStart, LocalDate periodEnd, String permitNumber, LocalDate permitDate,
		LocalDate contractDate) {

	static ProjectDates check(ProjectRegistration input, List<Problem> problems) {
		LocalDate start = date("periodStart", input.periodStart(), true, problems);
		LocalDate end = date("periodEnd", input.periodEnd(), true, problems);
		if (start != null && end != null && end.isBefore(start)) {
			problems.add(new Problem("periodEnd", "project.error.periodEnd.beforeStart"));
		}
		String permit = input.permitNumber() == null ? "" : input.permitNumber().strip();
		if (permit.length() > 100) {
			problems.add(new Problem("permitNumber", "project.error.permitNumber.tooLong", 100));
		}
		LocalDate permitDate = date("permitDate", input.permitDate(), !permit.isEmpty(), problems);
		LocalDate contractDate = date("contractDate", input.contractDate(), permit.isEmpty(), problems);
		return new ProjectDates(start, end, permit.isEmpty() ? null : permit, permit.isEmpty() ? null : permitDate,
				contractDate);
	}

	private static LocalDate date(String field, String input, boolean required, List<Problem> problems) {
		String value = input == null ? "" : input.strip();
		if (value.isEmpty()) {
			if (required) {
				problems.add(new Problem(field, "project.error." + field + ".required"));
			}
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem(field, "project.error.date.format"));
			return null;
		}
	}

}
