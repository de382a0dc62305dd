package io.suretyhub.obligation.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.LongFunction;

import io.suretyhub.calendar.WorkingCalendar;
import io.suretyhub.obligation.internal.BoardRow;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The board's columns in the Excel export, in the viewer's language. */
@Component
class BoardExport {

	private static final List<String> COLUMNS = List.of("id", "rule", "subject", "owedBy", "owedTo", "area",
			"dueDate", "provisional", "status", "level", "warnedAt");

	private final MessageSource messages;

	BoardExport(MessageSource messages) {
		this.messages = messages;
	}

	List<String> headers(Locale locale) {
		return COLUMNS.stream().map(column -> text("obligation.column." + column, locale)).toList();
	}

	List<?> cells(BoardRow row, Locale locale, LongFunction<String> name) {
		var parties = row.parties();
		return Arrays.asList(row.id(), row.rule(), row.subject().toString(), name.apply(parties.owedBy()),
				parties.owedToOrganisation() != null ? name.apply(parties.owedToOrganisation())
						: parties.owedToAuthority().value(),
				row.area().value(), row.dueDate().toString(), text(row.provisional() ? "obligation.yes" : "obligation.no", locale),
				text("obligation.status." + row.status(), locale), text("obligation.level." + row.level(), locale),
				row.warnedAt() == null ? null : row.warnedAt().atZone(WorkingCalendar.ZONE));
	}

	String text(String key, Locale locale) {
		return messages.getMessage(key, null, locale);
	}

}
