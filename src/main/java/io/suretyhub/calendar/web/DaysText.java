package io.suretyhub.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.suretyhub.calendar.internal.DayEntry;

/**
 * Reads the page's day lines: date, kind, name, separated by commas or spaces. Kind {@code off} (or
 * 休, 假) is a holiday, {@code work} (or 班) a make-up working day.
 */
final class DaysText {

	private static final Set<String> OFF = Set.of("off", "休", "假");

	private static final Set<String> WORK = Set.of("work", "班");

	private DaysText() {
	}

	/** The days; the 1-based numbers of unreadable lines go to {@code badLines}. */
	static List<DayEntry> parse(String text, List<Integer> badLines) {
		List<DayEntry> days = new ArrayList<>();
		String[] lines = text == null ? new String[0] : text.split("\\R");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("[,，\\s]+", 3);
			DayEntry day = parts.length == 3 ? entry(parts) : null;
			if (day == null) {
				badLines.add(i + 1);
			}
			else {
				days.add(day);
			}
		}
		return days;
	}

	private static DayEntry entry(String[] parts) {
		String kind = parts[1].toLowerCase(Locale.ROOT);
		if (!OFF.contains(kind) && !WORK.contains(kind)) {
			return null;
		}
		try {
			return new DayEntry(LocalDate.parse(parts[0]), parts[2].strip(), OFF.contains(kind));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/** The lines for {@code days}, as the form shows them. */
	static String format(List<DayEntry> days) {
		var text = new StringBuilder();
		days.forEach(d -> text.append(d.date()).append(',').append(d.off() ? "off" : "work").append(',')
			.append(d.name()).append('\n'));
		return text.toString();
	}

}
