package io.suretyhub.calendar.internal;

import java.time.Clock;
import java.util.List;

import io.suretyhub.calendar.CalendarYearPublished;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.InvalidInput;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adding a year's arrangement without a release (R-TIME-1): validated, stored as a new version (never
 * overwriting), audited, and announced with {@link CalendarYearPublished}.
 */
@Service
public class CalendarYears {

	private final CalendarYearRepository repository;

	private final CalendarData data;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CalendarYears(CalendarYearRepository repository, CalendarData data, ApplicationEventPublisher events, Clock clock) {
		this.repository = repository;
		this.data = data;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Stores {@code document} as the next version for {@code scope}.
	 * @throws InvalidInput naming every entry that breaks a rule of the format
	 */
	@Transactional
	public CalendarYearPublished publish(Scope scope, CalendarDocument document, String note, String actor) {
		var problems = ArrangementRules.check(document);
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
		int version = repository.add(scope, document, note, clock.instant(), actor);
		String id = scope.key() + "/" + document.year() + "/v" + version;
		events.publishEvent(AuditEvent.success("calendar.year.publish", "calendar_year", id,
				document.days().size() + " days"));
		var published = new CalendarYearPublished(scope.region(), document.year(), version);
		events.publishEvent(published);
		return published;
	}

	/** The arrangement in force for every scope and year. */
	@Transactional(readOnly = true)
	public List<YearArrangement> inForce() {
		return data.current().arrangements();
	}

	/** What is in force for one scope and year (the shipped file included), or {@code null}. */
	@Transactional(readOnly = true)
	public YearArrangement inForce(Scope scope, int year) {
		return inForce().stream().filter(a -> a.scope().equals(scope) && a.year() == year).findFirst().orElse(null);
	}

	/** Every version administrators added for one scope and year, newest first. */
	@Transactional(readOnly = true)
	public List<StoredVersion> history(Scope scope, int year) {
		return repository.history(scope, year);
	}

}
