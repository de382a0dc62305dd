package io.suretyhub.contractor.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.suretyhub.contractor.CreditFactKind;
import io.suretyhub.contractor.NewCreditFact;
import io.suretyhub.organisation.Organisation;
import io.suretyhub.organisation.Organisations;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.InvalidInput.Problem;

import org.springframework.stereotype.Component;

/** Checks an authority's credit fact field by field. */
@Component
public class CreditFactCheck {

	private final Organisations organisations;

	CreditFactCheck(Organisations organisations) {
		this.organisations = organisations;
	}

	/**
	 * Checks {@code input} as recorded by {@code authority}: the contractor must be one it may see (R-GEO-2); one
	 * outside its area is refused exactly like one that does not exist.
	 */
	public Checked check(NewCreditFact input, AccessScope authority, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		if (organisations.find(input.contractorId(), authority).filter(Organisation::isContractor).isEmpty()) {
			problems.add(new Problem("contractorId", "contractor.error.contractorId.invalid"));
		}
		CreditFactKind kind = kind(input.kind(), problems);
		LocalDate occurred = date(input.occurredOn(), today, problems);
		String evidence = text("evidence", input.evidence(), 500, problems);
		String source = text("source", input.source(), 200, problems);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new Checked(kind, occurred, evidence, source);
	}

	private static CreditFactKind kind(String input, List<Problem> problems) {
		for (CreditFactKind kind : CreditFactKind.values()) {
			if (kind.name().equals(input == null ? "" : input.strip())) {
				if (kind.platformRecorded()) {
					problems.add(new Problem("kind", "contractor.error.kind.platform"));
				}
				return kind;
			}
		}
		problems.add(new Problem("kind", "contractor.error.kind.required"));
		return null;
	}

	private static LocalDate date(String input, LocalDate today, List<Problem> problems) {
		try {
			LocalDate date = LocalDate.parse(input == null ? "" : input.strip());
			if (date.isAfter(today)) {
				problems.add(new Problem("occurredOn", "contractor.error.occurredOn.future"));
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem("occurredOn", "contractor.error.occurredOn.format"));
			return null;
		}
	}

	private static String text(String field, String input, int max, List<Problem> problems) {
		String value = input == null ? "" : input.strip();
		if (value.isEmpty()) {
			problems.add(new Problem(field, "contractor.error." + field + ".required"));
		}
		else if (value.length() > max) {
			problems.add(new Problem(field, "contractor.error." + field + ".tooLong", max));
		}
		return value;
	}

	/** A fact that passed every check. */
	public record Checked(CreditFactKind kind, LocalDate occurredOn, String evidence, String source) {
	}

}
