package io.suretyhub.calendar.web;

import java.time.LocalDate;
import java.util.List;

import io.suretyhub.calendar.internal.CalendarDocument;
import io.suretyhub.calendar.internal.DayEntry;
import io.suretyhub.calendar.internal.Scope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * {@code POST /api/v1/calendar/years}: a year's arrangement in the format of the shipped files, with the
 * region it is for ({@code null} for the national arrangement) and a note on where it comes from.
 */
record YearRequest(@Pattern(regexp = "[1-9]\\d0000", message = "{calendar.error.region}") String area,
		@NotNull(message = "{calendar.error.required}") Integer year,
		@Size(max = 10, message = "{calendar.error.sources}") List<@NotBlank @Size(max = 500) String> sources,
		@Size(max = 500, message = "{calendar.error.note}") String note,
		@NotEmpty(message = "{calendar.error.required}") List<@Valid @NotNull Day> days) {

	Scope scope() {
		return area == null ? Scope.NATIONAL : new Scope(area);
	}

	CalendarDocument document() {
		return new CalendarDocument(year, sources, days.stream().map(Day::entry).toList());
	}

	record Day(@NotNull(message = "{calendar.error.required}") LocalDate date,
			@NotBlank(message = "{calendar.error.required}") String name,
			@NotNull(message = "{calendar.error.required}") Boolean off) {

		DayEntry entry() {
			return new DayEntry(date, name.strip(), off);
		}

	}

}
