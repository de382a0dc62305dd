package io.suretyhub.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.reader.ReadableWorkbook;

/** Reads an exported workbook's sheets as rows of cell texts. */
public final class Xlsx {

	private Xlsx() {
	}

	public static List<List<String>> rows(byte[] workbook) {
		return rows(workbook, 0);
	}

	/** The rows of the sheet at {@code index} (from 0). */
	public static List<List<String>> rows(byte[] workbook, int index) {
		try (var book = new ReadableWorkbook(new ByteArrayInputStream(workbook));
				var rows = book.getSheet(index).orElseThrow().openStream()) {
			return rows.map(row -> row.stream().map(cell -> cell == null ? "" : cell.getText()).toList()).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The names of the workbook's sheets, in order. */
	public static List<String> sheets(byte[] workbook) {
		try (var book = new ReadableWorkbook(new ByteArrayInputStream(workbook))) {
			return book.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every cell text of the first sheet, in one list. */
	public static List<String> cells(byte[] workbook) {
		return rows(workbook).stream().flatMap(List::stream).toList();
	}

}
