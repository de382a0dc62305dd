package io.suretyhub.payout.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.suretyhub.payout.NewWorker;
import io.suretyhub.shared.InvalidInput;

/**
 * Validates a whole roster (R-CLM-1): every row's name, ID number (GB 11643 check character and birth date),
 * phone, bank, bank card (Luhn), amount (positive, fen), and duplicates of an ID number or a card. All problems
 * are reported at once, each as field {@code row <n>.<field>} (rows counted from 1); a roster with any problem
 * is refused whole.
 */
public final class RosterCheck {

	public static final int MAX_ROWS = 10_000;

	private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}");

	private static final BigDecimal AMOUNT_LIMIT = new BigDecimal("10000000");

	private RosterCheck() {
	}

	/** The cleaned rows (trimmed, ID check character upper case); throws {@link InvalidInput} naming every bad row. */
	public static List<NewWorker> check(List<NewWorker> rows, LocalDate today) {
		if (rows == null || rows.isEmpty()) {
			throw InvalidInput.of("roster", "payout.roster.empty");
		}
		if (rows.size() > MAX_ROWS) {
			throw InvalidInput.of("roster", "payout.roster.tooMany", MAX_ROWS);
		}
		List<InvalidInput.Problem> problems = new ArrayList<>();
		List<NewWorker> clean = new ArrayList<>(rows.size());
		Map<String, Integer> ids = new HashMap<>();
		Map<String, Integer> cards = new HashMap<>();
		for (int i = 0; i < rows.size(); i++) {
			int row = i + 1;
			NewWorker w = clean(rows.get(i));
			clean.add(w);
			if (w.name().isEmpty() || w.name().length() > 50) {
				problems.add(problem(row, "name", "payout.roster.name"));
			}
			if (!IdNumbers.checksumValid(w.idNumber())) {
				problems.add(problem(row, "idNumber", "payout.roster.idChecksum"));
			}
			else if (!IdNumbers.birthDateValid(w.idNumber(), today)) {
				problems.add(problem(row, "idNumber", "payout.roster.idBirthDate"));
			}
			else if (ids.putIfAbsent(w.idNumber(), row) != null) {
				problems.add(problem(row, "idNumber", "payout.roster.duplicate", ids.get(w.idNumber())));
			}
			if (!w.phone().isEmpty() && !PHONE.matcher(w.phone()).matches()) {
				problems.add(problem(row, "phone", "payout.roster.phone"));
			}
			if (w.bank().isEmpty() || w.bank().length() > 100) {
				problems.add(problem(row, "bank", "payout.roster.bank"));
			}
			if (!BankCards.valid(w.bankCard())) {
				problems.add(problem(row, "bankCard", "payout.roster.card"));
			}
			else if (cards.putIfAbsent(w.bankCard(), row) != null) {
				problems.add(problem(row, "bankCard", "payout.roster.duplicate", cards.get(w.bankCard())));
			}
			if (!amountValid(w.amount())) {
				problems.add(problem(row, "amount", "payout.roster.amount"));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return clean;
	}

	private static boolean amountValid(BigDecimal amount) {
		return amount != null && amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2
				&& amount.compareTo(AMOUNT_LIMIT) < 0;
	}

	private static NewWorker clean(NewWorker w) {
		return new NewWorker(text(w.name()), text(w.idNumber()).toUpperCase(), text(w.phone()), text(w.bank()),
				text(w.bankCard()).replace(" ", ""), w.amount());
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

	private static InvalidInput.Problem problem(int row, String field, String key, Object... arguments) {
		return new InvalidInput.Problem("row " + row + "." + field, key, arguments);
	}

}
