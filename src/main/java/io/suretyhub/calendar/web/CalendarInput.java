package io.suretyhub.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import io.suretyhub.calendar.TimeLimit;
import io.suretyhub.calendar.internal.DayEntry;
import io.suretyhub.calendar.internal.Scope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.InvalidInput.Problem;
import io.suretyhub.shared.InvalidInput;

/**
 * Reads the calendar's request values, collecting a problem for each field that cannot be accepted;
 * {@link #check()} then refuses them all at once (400 with field and reason).
 */
final class CalendarInput {

	static final int MAX_SOURCES = 10;

	static final int MAX_TEXT = 500;

	private final List<Problem> problems = new ArrayList<>();

	AreaCode area(String field, String value) {
		if (AreaCode.isValid(value)) {
			return AreaCode.of(value);
		}
		return refuse(field, "calendar.error.areaCode");
	}

	LocalDate date(String field, String value) {
		if (value == null || value.isBlank()) {
			return refuse(field, "calendar.error.required");
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			return refuse(field, "calendar.error.date");
		}
	}

	Integer workingDays(String field, String value) {
		if (value == null || value.isBlank()) {
			return refuse(field, "calendar.error.required");
		}
		try {
			int days = Integer.parseInt(value.strip());
			return days >= 0 && days <= TimeLimit.MAX_AMOUNT ? days : refuse(field, "calendar.error.days");
		}
		catch (NumberFormatException ex) {
			return refuse(field, "calendar.error.days");
		}
	}

	/** A region's code, or the national scope for none. */
	Scope region(String field, String value) {
		if (value == null || value.isBlank()) {
			return Scope.NATIONAL;
		}
		return AreaCode.isValid(value) && AreaCode.of(value).isRegion() ? new Scope(value)
				: refuse(field, "calendar.error.region");
	}

	/** {@code CN} or a region's code. */
	Scope scope(String field, String value) {
		return value != null && Scope.isValid(value.strip()) ? new Scope(value.strip()) : refuse(field, "calendar.error.scope");
	}

	Integer year(String field, Object value) {
		try {
			return value == null ? refuse(field, "calendar.error.required") : Integer.valueOf(value.toString().strip());
		}
		catch (NumberFormatException ex) {
			return refuse(field, "calendar.error.yearRange");
		}
	}

	List<String> sources(String field, List<String> sources, String note) {
		List<String> kept = sources == null ? List.of() : sources.stream().filter(s -> s != null && !s.isBlank()).toList();
		if (kept.size() > MAX_SOURCES || kept.stream().anyMatch(s -> s.length() > MAX_TEXT)) {
			refuse(field, "calendar.error.sources");
		}
		if (note != null && note.length() > MAX_TEXT) {
			refuse("note", "calendar.error.note");
		}
		return kept;
	}

	DayEntry day(String field, String date, String name, Boolean off) {
		LocalDate day = date(field + ".date", date);
		if (name == null || name.isBlank()) {
			refuse(field + ".name", "calendar.error.required");
		}
		if (off == null) {
			refuse(field + ".off", "calendar.error.required");
		}
		return day == null || name == null || name.isBlank() || off == null ? null : new DayEntry(day, name.strip(), off);
	}

	void reject(String field, String messageKey, Object... arguments) {
		problems.add(new Problem(field, messageKey, arguments));
	}

	private <T> T refuse(String field, String messageKey) {
		problems.add(new Problem(field, messageKey));
		return null;
	}

	/** @throws InvalidInput naming every problem found so far */
	void check() {
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

}
