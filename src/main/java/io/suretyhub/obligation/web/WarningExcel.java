package io.suretyhub.obligation.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import io.suretyhub.calendar.WorkingCalendar;
import io.suretyhub.obligation.internal.BoardRow;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes the board as an Excel workbook, row by row, without holding it in memory. */
@Component
class WarningExcel {

	private static final List<String> HEADERS = List.of("id", "rule", "subject", "owedBy", "owedTo", "area",
			"dueDate", "provisional", "status", "level", "warnedAt");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(WorkingCalendar.ZONE);

	private final MessageSource messages;

	WarningExcel(MessageSource messages) {
		this.messages = messages;
	}

	void write(OutputStream out, Locale locale, Consumer<Consumer<BoardRow>> rows) throws IOException {
		var workbook = new Workbook(out, "SuretyHub", "1.0");
		Worksheet sheet = workbook.newWorksheet(text("obligation.board.title", locale));
		for (int c = 0; c < HEADERS.size(); c++) {
			sheet.value(0, c, text("obligation.column." + HEADERS.get(c), locale));
			sheet.style(0, c).bold().set();
		}
		int[] next = { 1 };
		rows.accept(row -> write(sheet, next[0]++, row, locale));
		workbook.finish();
	}

	private void write(Worksheet sheet, int r, BoardRow row, Locale locale) {
		sheet.value(r, 0, row.id());
		sheet.value(r, 1, row.rule());
		sheet.value(r, 2, row.subject().toString());
		sheet.value(r, 3, row.parties().owedBy());
		sheet.value(r, 4, row.parties().owedToOrganisation() != null ? "#" + row.parties().owedToOrganisation()
				: row.parties().owedToAuthority().value());
		sheet.value(r, 5, row.area().value());
		sheet.value(r, 6, row.dueDate().toString());
		sheet.value(r, 7, text(row.provisional() ? "obligation.yes" : "obligation.no", locale));
		sheet.value(r, 8, text("obligation.status." + row.status(), locale));
		sheet.value(r, 9, text("obligation.level." + row.level(), locale));
		sheet.value(r, 10, row.warnedAt() == null ? "" : TIME.format(row.warnedAt()));
	}

	private String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
