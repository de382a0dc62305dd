package io.suretyhub.contractor;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import io.suretyhub.shared.RuleViolation;

/**
 * The result of the R-ELG-1 check of a contractor on a day: every fact of the last two years that bars
 * insurance, oldest first; none means eligible.
 */
public record EligibilityCheck(long contractorId, LocalDate day, List<CreditFact> reasons) {

	public EligibilityCheck {
		reasons = List.copyOf(reasons);
	}

	public boolean eligible() {
		return reasons.isEmpty();
	}

	/** Refuses with R-ELG-1, naming every reason by item and date, if the contractor is not eligible. */
	public void require() {
		if (!eligible()) {
			throw new RuleViolation("R-ELG-1", "contractor.error.ineligible", summary());
		}
	}

	/** The reasons as {@code (3) 2026-01-05 source; …}, the same in every language. */
	public String summary() {
		return reasons.stream()
			.map(f -> "(" + f.kind().item() + ") " + f.occurredOn() + " " + f.source())
			.collect(Collectors.joining("; "));
	}

}
