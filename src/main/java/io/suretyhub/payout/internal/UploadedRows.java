package io.suretyhub.payout.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.suretyhub.calendar.WorkingCalendar;
import io.suretyhub.payout.NewWorker;
import io.suretyhub.payout.PaymentRecord;
import io.suretyhub.shared.InvalidInput;

/**
 * The two upload formats. A roster: name, ID number, phone, bank, bank card, amount. A bank result file:
 * roster line, bank reference, amount, time paid ({@code yyyy-MM-dd HH:mm[:ss]}, China Standard Time).
 * Each with a header row.
 */
public final class UploadedRows {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]");

	private UploadedRows() {
	}

	public static List<NewWorker> roster(String fileName, byte[] content) {
		return TableFile.read(fileName, content, RosterCheck.MAX_ROWS).stream()
			.map(r -> new NewWorker(TableFile.cell(r, 0), TableFile.cell(r, 1), TableFile.cell(r, 2), TableFile.cell(r, 3),
					TableFile.cell(r, 4), decimal(TableFile.cell(r, 5))))
			.toList();
	}

	public static List<PaymentRecord> bankResult(String fileName, byte[] content) {
		List<List<String>> rows = TableFile.read(fileName, content, RosterCheck.MAX_ROWS);
		List<PaymentRecord> records = new ArrayList<>(rows.size());
		List<InvalidInput.Problem> problems = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			List<String> r = rows.get(i);
			Integer line = integer(TableFile.cell(r, 0));
			String reference = TableFile.cell(r, 1);
			BigDecimal amount = decimal(TableFile.cell(r, 2));
			Instant paidAt = time(TableFile.cell(r, 3));
			String row = "row " + (i + 1) + ".";
			if (line == null || line < 1) {
				problems.add(new InvalidInput.Problem(row + "line", "payout.bank.line"));
			}
			if (!reference.matches("[A-Za-z0-9._/-]{4,64}")) {
				problems.add(new InvalidInput.Problem(row + "bankReference", "payout.bank.reference"));
			}
			if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2) {
				problems.add(new InvalidInput.Problem(row + "amount", "payout.roster.amount"));
			}
			if (paidAt == null) {
				problems.add(new InvalidInput.Problem(row + "paidAt", "payout.bank.paidAt"));
			}
			records.add(new PaymentRecord(line, reference, amount, paidAt));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		return records;
	}

	private static BigDecimal decimal(String text) {
		try {
			return text.isEmpty() ? null : new BigDecimal(text.replace(",", ""));
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static Integer integer(String text) {
		BigDecimal value = decimal(text);
		try {
			return value == null ? null : value.intValueExact();
		}
		catch (ArithmeticException ex) {
			return null;
		}
	}

	private static Instant time(String text) {
		try {
			return LocalDateTime.parse(text.replace('T', ' '), TIME).atZone(WorkingCalendar.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
