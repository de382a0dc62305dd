package io.suretyhub.policy;

import java.time.LocalDate;

import io.suretyhub.project.Project;
import io.suretyhub.shared.RuleViolation;

/**
 * R-POL-3: from 00:00 of the start date to 24:00 of the end date, at least one year, from the project's
 * start to after its completion. A renewal starts the day after the policy it renews ends and covers at
 * least one more year.
 */
final class PeriodRule {

	private PeriodRule() {
	}

	static void check(LocalDate start, LocalDate end, Project project, Policy renewed) {
		if (end.isBefore(start.plusYears(1).minusDays(1))) {
			throw new RuleViolation("R-POL-3", "policy.error.period.shorterThanYear");
		}
		if (renewed != null) {
			if (!start.equals(renewed.terms().periodEnd().plusDays(1))) {
				throw new RuleViolation("R-POL-6", "policy.error.renewal.start", renewed.terms().periodEnd().plusDays(1));
			}
			return;
		}
		if (start.isAfter(project.periodStart()) || end.isBefore(project.periodEnd())) {
			throw new RuleViolation("R-POL-3", "policy.error.period.construction", project.periodStart(),
					project.periodEnd());
		}
	}

}
