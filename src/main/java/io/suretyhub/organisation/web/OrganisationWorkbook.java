package io.suretyhub.organisation.web;

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

/** Writes organisations as an Excel sheet; phones are always masked, since files leave the platform. */
class OrganisationWorkbook {

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private static final String[] COLUMNS = { "id", "name", "kind", "areaCode", "areaName", "creditCode", "parentId",
			"address", "contactPerson", "contactPhone", "registeredAt" };

	private final MessageSource messages;

	private final Locale locale;

	OrganisationWorkbook(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	void write(HttpServletResponse response, Consumer<Consumer<OrganisationView>> rows) throws IOException {
		response.setContentType(CONTENT_TYPE);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(text("organisation.export.file"), StandardCharsets.UTF_8).build().toString());
		try (var workbook = new Workbook(response.getOutputStream(), "SuretyHub", "1.0")) {
			Worksheet sheet = workbook.newWorksheet(text("organisation.export.sheet"));
			for (int c = 0; c < COLUMNS.length; c++) {
				sheet.value(0, c, text("organisation.field." + COLUMNS[c]));
			}
			int[] row = { 1 };
			rows.accept(o -> {
				int r = row[0]++;
				sheet.value(r, 0, o.id());
				sheet.value(r, 1, o.name());
				sheet.value(r, 2, text("organisation.kind." + o.kind()));
				sheet.value(r, 3, o.areaCode());
				sheet.value(r, 4, o.areaName());
				sheet.value(r, 5, o.creditCode());
				sheet.value(r, 6, o.parentId());
				sheet.value(r, 7, o.address());
				sheet.value(r, 8, o.contactPerson());
				sheet.value(r, 9, o.contactPhone());
				sheet.value(r, 10, o.registeredAt().toLocalDateTime());
				sheet.style(r, 10).format("yyyy-mm-dd hh:mm").set();
			});
			workbook.finish();
		}
	}

	private String text(String key) {
		return messages.getMessage(key, null, locale);
	}

}
