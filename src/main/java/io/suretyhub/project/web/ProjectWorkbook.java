package io.suretyhub.project.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletResponse;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/** Writes projects as an Excel sheet, contract prices as numbers with two decimals. */
class ProjectWorkbook {

	private static final String[] COLUMNS = { "id", "name", "contractorName", "areaCode", "areaName", "ownerName",
			"contractPrice", "address", "registeredAt" };

	private final MessageSource messages;

	private final Locale locale;

	ProjectWorkbook(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	void write(HttpServletResponse response, Consumer<Consumer<ProjectView>> projects) throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		var file = ContentDisposition.attachment().filename(text("project.export.file"), StandardCharsets.UTF_8).build();
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, file.toString());
		try (var workbook = new Workbook(response.getOutputStream(), "SuretyHub", "1.0")) {
			Worksheet sheet = workbook.newWorksheet(text("project.export.sheet"));
			for (int column = 0; column < COLUMNS.length; column++) {
				sheet.value(0, column, text("project.field." + COLUMNS[column]));
			}
			int[] next = { 1 };
			projects.accept(p -> {
				int row = next[0]++;
				sheet.value(row, 0, p.id());
				sheet.value(row, 1, p.name());
				sheet.value(row, 2, p.contractorName());
				sheet.value(row, 3, p.areaCode());
				sheet.value(row, 4, p.areaName());
				sheet.value(row, 5, p.ownerName());
				sheet.value(row, 6, p.contractPrice());
				sheet.style(row, 6).format("#,##0.00").set();
				sheet.value(row, 7, p.address());
				sheet.value(row, 8, p.registeredAt().toLocalDateTime());
				sheet.style(row, 8).format("yyyy-mm-dd hh:mm").set();
			});
			workbook.finish();
		}
	}

	private String text(String key) {
		return messages.getMessage(key, null, locale);
	}

}
