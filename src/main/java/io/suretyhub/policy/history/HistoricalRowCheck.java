package io.suretyhub.policy.history;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.suretyhub.area.Area;
import io.suretyhub.area.Areas;
import io.suretyhub.policy.history.HistoricalPolicy.RowProblem;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.CreditCode;
import io.suretyhub.shared.Role;

/**
 * Checks the rows of one import file cell by cell (R-POL-9): policy number unique in the file, credit code
 * checksum, a place in the importer's area, amounts to the fen, dates in order and none in the future.
 */
final class HistoricalRowCheck {

	static final int MAX_ROWS = 5000;

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("yyyy/M/d");

	private final Areas areas;

	private final AccessScope importer;

	private final String importerName;

	private final LocalDate today;

	private final List<RowProblem> problems = new ArrayList<>();

	private final Map<String, Integer> numbers = new HashMap<>();

	HistoricalRowCheck(Areas areas, AccessScope importer, String importerName, LocalDate today) {
		this.areas = areas;
		this.importer = importer;
		this.importerName = importerName;
		this.today = today;
	}

	/** The checked rows, indexed by their row number; check {@link #problems()} before using them. */
	List<Checked> check(List<List<String>> table) {
		List<Checked> rows = new ArrayList<>();
		if (table.isEmpty() || table.get(0).size() < HistoricalPolicy.COLUMNS.size()) {
			problems.add(new RowProblem(1, "file", "policy.historical.error.header", null, null));
			return rows;
		}
		for (int i = 1; i < table.size(); i++) {
			List<String> cells = table.get(i);
			if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
				continue;
			}
			rows.add(row(i + 1, cells));
		}
		if (rows.isEmpty()) {
			problems.add(new RowProblem(0, "file", "policy.historical.error.empty", null, null));
		}
		else if (rows.size() > MAX_ROWS) {
			problems.add(new RowProblem(0, "file", "policy.historical.error.tooMany", String.valueOf(MAX_ROWS), null));
		}
		return rows;
	}

	List<RowProblem> problems() {
		return problems;
	}

	/** A problem found outside the cells (e.g. a number already in the register). */
	void add(RowProblem problem) {
		problems.add(problem);
	}

	private Checked row(int row, List<String> cells) {
		String number = text(row, cells, 0, 64, true);
		Integer first = number.isEmpty() ? null : numbers.putIfAbsent(number, row);
		if (first != null) {
			problems.add(new RowProblem(row, "number", "policy.historical.error.number.duplicate", String.valueOf(first), number));
		}
		boolean insurer = importer.role() == Role.INSURER_ADMIN || importer.role() == Role.INSURER_STAFF;
		String insurerName = text(row, cells, 1, 200, !insurer);
		String contractor = text(row, cells, 2, 200, true);
		String code = cell(cells, 3).toUpperCase();
		if (!CreditCode.isValid(code)) {
			problems.add(new RowProblem(row, "creditCode", "policy.historical.error.creditCode", null, code));
		}
		String project = text(row, cells, 4, 200, true);
		String area = area(row, cell(cells, 5));
		BigDecimal sum = amount(row, cells, 6, false);
		BigDecimal premium = amount(row, cells, 7, true);
		if (sum != null && premium != null && premium.compareTo(sum) > 0) {
			problems.add(new RowProblem(row, "premium", "policy.historical.error.premium.aboveSum", null, cell(cells, 7)));
		}
		LocalDate start = date(row, cells, 8);
		LocalDate end = date(row, cells, 9);
		LocalDate issued = date(row, cells, 10);
		if (start != null && end != null && end.isBefore(start)) {
			problems.add(new RowProblem(row, "periodEnd", "policy.historical.error.periodEnd.beforeStart", null, cell(cells, 9)));
		}
		if (issued != null && issued.isAfter(today)) {
			problems.add(new RowProblem(row, "issuedOn", "policy.historical.error.issuedOn.future", null, cell(cells, 10)));
		}
		return new Checked(row, number, insurerName.isEmpty() ? importerName : insurerName, contractor, code, project, area,
				sum, premium, start, end, issued);
	}

	private String area(int row, String code) {
		if (!AreaCode.isValid(code) || areas.find(code).filter(Area::isPlace).isEmpty()) {
			problems.add(new RowProblem(row, "areaCode", "policy.historical.error.areaCode.unknown", null, code));
			return code;
		}
		AreaCode place = AreaCode.of(code);
		boolean insurer = importer.role() == Role.INSURER_ADMIN || importer.role() == Role.INSURER_STAFF;
		if (!(insurer ? importer.area().region().contains(place) : importer.covers(place))) {
			problems.add(new RowProblem(row, "areaCode", "policy.historical.error.areaCode.outside", null, code));
		}
		return code;
	}

	private String text(int row, List<String> cells, int column, int max, boolean required) {
		String value = cell(cells, column);
		String field = HistoricalPolicy.COLUMNS.get(column);
		if (required && value.isEmpty()) {
			problems.add(new RowProblem(row, field, "policy.historical.error.required", null, value));
		}
		else if (value.length() > max) {
			problems.add(new RowProblem(row, field, "policy.historical.error.tooLong", String.valueOf(max), value));
		}
		return value;
	}

	private BigDecimal amount(int row, List<String> cells, int column, boolean zeroAllowed) {
		String value = cell(cells, column).replace(",", "");
		try {
			BigDecimal amount = new BigDecimal(value);
			if (amount.stripTrailingZeros().scale() <= 2 && amount.signum() >= (zeroAllowed ? 0 : 1)
					&& amount.precision() - amount.scale() <= 16) {
				return amount.setScale(2);
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.add(new RowProblem(row, HistoricalPolicy.COLUMNS.get(column),
				zeroAllowed ? "policy.historical.error.amount.zeroAllowed" : "policy.historical.error.amount", null, value));
		return null;
	}

	private LocalDate date(int row, List<String> cells, int column) {
		String value = cell(cells, column);
		try {
			if (value.matches("\\d{5}(\\.0+)?")) {
				return LocalDate.of(1899, 12, 30).plusDays(Long.parseLong(value.replaceAll("\\..*", "")));
			}
			return value.contains("/") ? LocalDate.parse(value, SLASHED) : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add(new RowProblem(row, HistoricalPolicy.COLUMNS.get(column), "policy.historical.error.date", null, value));
			return null;
		}
	}

	private static String cell(List<String> cells, int column) {
		return column < cells.size() && cells.get(column) != null ? cells.get(column).strip() : "";
	}

	/** A row as read, each value checked (or reported). */
	record Checked(int row, String number, String insurerName, String contractorName, String creditCode,
			String projectName, String areaCode, BigDecimal sumInsured, BigDecimal premium, LocalDate periodStart,
			LocalDate periodEnd, LocalDate issuedOn) {
	}

}
