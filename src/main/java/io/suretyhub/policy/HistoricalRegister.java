package io.suretyhub.policy;

import java.util.ArrayList;
import java.util.List;

import io.suretyhub.policy.history.HistoricalImports;
import io.suretyhub.policy.history.HistoricalPolicy;
import io.suretyhub.shared.AccessScope;

import org.springframework.stereotype.Service;

/**
 * Imports historical (pre-platform) policies into the register for other modules (R-POL-9): every row is
 * checked as on the import page; any bad row stores nothing and the report names each bad row and field.
 */
@Service
public class HistoricalRegister {

	private final HistoricalImports imports;

	HistoricalRegister(HistoricalImports imports) {
		this.imports = imports;
	}

	/** One policy as typed: amounts in yuan, dates {@code yyyy-MM-dd}; the columns of the import file. */
	public record Row(String number, String insurerName, String contractorName, String creditCode, String projectName,
			String areaCode, String sumInsured, String premium, String periodStart, String periodEnd, String issuedOn) {

		List<String> cells() {
			return java.util.stream.Stream.of(number, insurerName, contractorName, creditCode, projectName, areaCode,
					sumInsured, premium, periodStart, periodEnd, issuedOn).map(c -> c == null ? "" : c).toList();
		}

	}

	/**
	 * One bad cell, or the whole input (row 0, field {@code file}).
	 *
	 * @param row the row: the position in the list for {@link #importRows} (from 1), the spreadsheet row for a
	 * workbook (the header is row 1)
	 * @param messageKey why, as a message key taking {@code argument}
	 */
	public record Problem(int row, String field, String messageKey, String argument, String value) {
	}

	/** Every row stored ({@code accepted}), or none with each problem. */
	public record Report(long importId, int rows, boolean accepted, List<Problem> problems) {
	}

	/** Imports the rows, all or none. */
	public Report importRows(String name, List<Row> rows, AccessScope importer) {
		List<List<String>> table = new ArrayList<>();
		table.add(HistoricalPolicy.COLUMNS);
		rows.forEach(row -> table.add(row.cells()));
		return report(imports.importTable(name, table, importer), 1);
	}

	/** Imports an Excel workbook (first sheet) or CSV file laid out as on the import page, all rows or none. */
	public Report importFile(String fileName, byte[] content, AccessScope importer) {
		return report(imports.importFile(fileName, content, importer), 0);
	}

	private static Report report(HistoricalPolicy.ImportReport report, int headerRows) {
		return new Report(report.id(), report.rows(), report.accepted(), report.problems().stream()
			.map(p -> new Problem(p.row() > 1 ? p.row() - headerRows : p.row(), p.field(), p.messageKey(),
					p.messageKey().endsWith(".number.duplicate") ? String.valueOf(Integer.parseInt(p.argument()) - headerRows)
							: p.argument(),
					p.value()))
			.toList());
	}

}
