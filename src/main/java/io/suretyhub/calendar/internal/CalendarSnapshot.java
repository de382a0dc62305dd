package io.suretyhub.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The arrangements in force at one moment: for each scope and year the newest stored version, else the
 * shipped file. A date listed by two years' arrangements (31 December in next year's 元旦) takes its own
 * year's entry first.
 */
public final class CalendarSnapshot {

	private final Map<Scope, Map<Integer, YearArrangement>> years = new HashMap<>();

	private final Map<Scope, Map<LocalDate, DayEntry>> days = new HashMap<>();

	CalendarSnapshot(Collection<YearArrangement> shipped, Collection<YearArrangement> stored) {
		shipped.forEach(this::put);
		stored.forEach(this::put);
		years.forEach((scope, byYear) -> days.put(scope, merge(byYear.values())));
	}

	private void put(YearArrangement arrangement) {
		years.computeIfAbsent(arrangement.scope(), s -> new HashMap<>()).put(arrangement.year(), arrangement);
	}

	private static Map<LocalDate, DayEntry> merge(Collection<YearArrangement> arrangements) {
		Map<LocalDate, DayEntry> merged = new HashMap<>();
		arrangements.forEach(a -> a.document().days().forEach(d -> merged.putIfAbsent(d.date(), d)));
		arrangements.forEach(a -> a.document()
			.days()
			.stream()
			.filter(d -> d.date().getYear() == a.year())
			.forEach(d -> merged.put(d.date(), d)));
		return merged;
	}

	/** Whether {@code scope} has an arrangement for {@code year}. */
	public boolean covers(Scope scope, int year) {
		return years.getOrDefault(scope, Map.of()).containsKey(year);
	}

	/** Whether {@code scope} has an arrangement for any year (a region with holidays of its own). */
	public boolean knows(Scope scope) {
		return years.containsKey(scope);
	}

	/** The listed exception for {@code date}, or {@code null}. */
	public DayEntry entry(Scope scope, LocalDate date) {
		return days.getOrDefault(scope, Map.of()).get(date);
	}

	public List<YearArrangement> arrangements() {
		List<YearArrangement> all = new ArrayList<>();
		years.values().forEach(byYear -> all.addAll(byYear.values()));
		all.sort(Comparator.comparing(YearArrangement::scope).thenComparing(YearArrangement::year));
		return all;
	}

}
