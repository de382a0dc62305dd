package io.suretyhub.payout.internal;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import io.suretyhub.shared.InvalidInput;

/**
 * Reads an uploaded table, CSV (UTF-8, comma separated, optional quotes) or Excel (.xlsx, first sheet), as
 * rows of cell texts without the header row; blank rows are skipped. At most {@code maxRows} data rows.
 */
public final class TableFile {

	private TableFile() {
	}

	public static List<List<String>> read(String fileName, byte[] content, int maxRows) {
		List<List<String>> rows;
		try {
			rows = fileName != null && fileName.toLowerCase().endsWith(".xlsx") ? xlsx(content) : csv(content);
		}
		catch (IOException | RuntimeException ex) {
			throw InvalidInput.of("file", "payout.file.unreadable");
		}
		List<List<String>> data = rows.stream().skip(1).filter(r -> r.stream().anyMatch(c -> !c.isBlank())).toList();
		if (data.isEmpty()) {
			throw InvalidInput.of("file", "payout.roster.empty");
		}
		if (data.size() > maxRows) {
			throw InvalidInput.of("file", "payout.roster.tooMany", maxRows);
		}
		return data;
	}

	/** The cell at {@code column}, trimmed; empty when the row is shorter. */
	public static String cell(List<String> row, int column) {
		return column < row.size() ? row.get(column).strip() : "";
	}

	private static List<List<String>> xlsx(byte[] content) throws IOException {
		try (var book = new ReadableWorkbook(new ByteArrayInputStream(content)); Stream<Row> rows = book.getFirstSheet().openStream()) {
			return rows.map(row -> row.stream().map(c -> c == null ? "" : c.getText()).toList()).toList();
		}
	}

	private static List<List<String>> csv(byte[] content) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (var reader = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				rows.add(split(line.startsWith("\uFEFF") ? line.substring(1) : line));
			}
		}
		return rows;
	}

	private static List<String> split(String line) {
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
				cell.append('"');
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == ',' && !quoted) {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else {
				cell.append(c);
			}
		}
		cells.add(cell.toString());
		return cells;
	}

}
