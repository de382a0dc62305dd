package io.suretyhub.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.InvalidInput.Problem;
import io.suretyhub.shared.Money;

/** Reads a counter-guarantee as typed: all fields or none; amount to the fen; the period in order. */
final class CounterGuaranteeCheck {

	private CounterGuaranteeCheck() {
	}

	static CounterGuarantee check(UnderwritingDecision d) {
		if (Stream.of(d.cgAgreementNumber(), d.cgAmount(), d.cgFormAndScope(), d.cgStart(), d.cgEnd())
			.allMatch(v -> v == null || v.isBlank())) {
			return null;
		}
		List<Problem> problems = new ArrayList<>();
		String number = text("cgAgreementNumber", d.cgAgreementNumber(), 100, problems);
		String form = text("cgFormAndScope", d.cgFormAndScope(), 500, problems);
		Money amount = TypedInput.amount("cgAmount", d.cgAmount(), "policy.error.cgAmount", problems);
		LocalDate start = TypedInput.date("cgStart", d.cgStart(), problems);
		LocalDate end = TypedInput.date("cgEnd", d.cgEnd(), problems);
		if (start != null && end != null && end.isBefore(start)) {
			problems.add(new Problem("cgEnd", "policy.error.cgEnd.beforeStart"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new CounterGuarantee(number, amount, form, start, end);
	}

	private static String text(String field, String input, int max, List<Problem> problems) {
		String value = input == null ? "" : input.strip();
		if (value.isEmpty() || value.length() > max) {
			problems.add(new Problem(field, "policy.error.cgText", max));
		}
		return value;
	}

}
