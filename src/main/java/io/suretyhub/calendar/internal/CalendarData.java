package io.suretyhub.calendar.internal;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The arrangements in force, cached until a version is added on any node (checked with one indexed
 * query per use, so every node sees a new year at once).
 */
@Component
public class CalendarData {

	private final List<YearArrangement> shipped;

	private final CalendarYearRepository repository;

	private volatile Cached cached;

	CalendarData(CalendarFiles files, CalendarYearRepository repository) {
		this.shipped = List.copyOf(files.load());
		this.repository = repository;
	}

	public CalendarSnapshot current() {
		long stamp = repository.stamp();
		Cached now = cached;
		if (now == null || now.stamp != stamp) {
			now = new Cached(stamp, new CalendarSnapshot(shipped, repository.latest()));
			cached = now;
		}
		return now.snapshot;
	}

	private record Cached(long stamp, CalendarSnapshot snapshot) {
	}

}
