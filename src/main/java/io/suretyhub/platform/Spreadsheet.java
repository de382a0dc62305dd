package io.suretyhub.platform;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * Streams a table to the browser as an Excel workbook (.xlsx) with one sheet: a header row, then the
 * rows as they come. Numbers stay numbers ({@link BigDecimal} amounts shown with two decimals), times
 * are Excel times; {@code null} leaves a cell empty.
 */
public final class Spreadsheet {

	public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Spreadsheet() {
	}

	/**
	 * @param fileName the download's file name (any characters; sent RFC 5987-encoded)
	 * @param sheetName the sheet's name
	 * @param headers the header row
	 * @param rows called once with a sink that takes each row's cells, in header order
	 */
	public static void download(HttpServletResponse response, String fileName, String sheetName, List<String> headers,
			Consumer<Consumer<List<?>>> rows) throws IOException {
		download(response, fileName, List.of(new Sheet(sheetName, headers, rows)));
	}

	/** Like {@link #download(HttpServletResponse, String, String, List, Consumer)}, one sheet after another. */
	public static void download(HttpServletResponse response, String fileName, List<Sheet> sheets) throws IOException {
		response.setContentType(CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		try (var workbook = new Workbook(response.getOutputStream(), "SuretyHub", "1.0")) {
			for (Sheet sheet : sheets) {
				fill(workbook.newWorksheet(sheet.name()), sheet);
			}
			workbook.finish();
		}
	}

	private static void fill(Worksheet sheet, Sheet table) {
		for (int column = 0; column < table.headers().size(); column++) {
			sheet.value(0, column, table.headers().get(column));
		}
		int[] next = { 1 };
		table.rows().accept(cells -> {
			int row = next[0]++;
			for (int column = 0; column < cells.size(); column++) {
				write(sheet, row, column, cells.get(column));
			}
		});
	}

	/**
	 * One sheet of a workbook.
	 *
	 * @param rows called once with a sink that takes each row's cells, in header order
	 */
	public record Sheet(String name, List<String> headers, Consumer<Consumer<List<?>>> rows) {
	}

	private static void write(Worksheet sheet, int row, int column, Object cell) {
		if (cell instanceof BigDecimal amount) {
			sheet.value(row, column, amount);
			sheet.style(row, column).format("#,##0.00").set();
		}
		else if (cell instanceof Number number) {
			sheet.value(row, column, number);
		}
		else if (cell instanceof ZonedDateTime || cell instanceof LocalDateTime) {
			var time = cell instanceof ZonedDateTime zoned ? zoned.toLocalDateTime() : (LocalDateTime) cell;
			sheet.value(row, column, time);
			sheet.style(row, column).format("yyyy-mm-dd hh:mm").set();
		}
		else if (cell != null) {
			sheet.value(row, column, cell.toString());
		}
	}

}
