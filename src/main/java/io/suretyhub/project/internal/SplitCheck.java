package io.suretyhub.project.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.suretyhub.project.DepositSplit;
import io.suretyhub.shared.InvalidInput;
import io.suretyhub.shared.InvalidInput.Problem;
import io.suretyhub.shared.Money;

/** Reads a deposit split as typed (R-FAIR-3): amounts to the fen, none negative, adding up to the deposit. */
public final class SplitCheck {

	private SplitCheck() {
	}

	public static DepositSplit check(String cash, String bank, String insurance, Money deposit) {
		if (blank(cash) && blank(bank) && blank(insurance)) {
			return DepositSplit.allInsured(deposit);
		}
		List<Problem> problems = new ArrayList<>();
		Money c = amount("cash", cash, problems);
		Money b = amount("bankGuarantee", bank, problems);
		Money i = amount("insurance", insurance, problems);
		if (problems.isEmpty() && c.plus(b).plus(i).compareTo(deposit) != 0) {
			problems.add(new Problem("insurance", "project.error.split.sum", deposit.toString()));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return new DepositSplit(c, b, i);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

	private static Money amount(String field, String input, List<Problem> problems) {
		String value = blank(input) ? "0" : input.strip().replace(",", "");
		if (!value.matches("\\d{1,16}(\\.\\d{1,2})?")) {
			problems.add(new Problem(field, "project.error.split.amount"));
			return Money.ZERO;
		}
		return new Money(new BigDecimal(value));
	}

}
