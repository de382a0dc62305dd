package io.suretyhub.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.suretyhub.calendar.CalendarDay;
import io.suretyhub.calendar.CalendarYearPublished;
import io.suretyhub.calendar.TimeLimit;
import io.suretyhub.calendar.WorkingCalendar;
import io.suretyhub.calendar.internal.CalendarYears;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public calendar API (no login; R-TIME-1/2), used by the UI and by insurers' systems, and the
 * administrators' way to add a year without a release.
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApiController {

	private final WorkingCalendar calendar;

	private final CalendarYears years;

	CalendarApiController(WorkingCalendar calendar, CalendarYears years) {
		this.calendar = calendar;
		this.years = years;
	}

	@GetMapping("/{areaCode}/working-days")
	WorkingDays workingDays(@Valid WorkingDaysQuery query) {
		var deadline = calendar.deadline(AreaCode.of(query.areaCode()), query.from(),
				TimeLimit.workingDays(query.days()));
		return new WorkingDays(query.from(), query.days(), deadline.dueDate(),
				deadline.dueAtInChina().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), deadline.provisional());
	}

	@GetMapping("/{areaCode}/days/{date}")
	Day day(@Valid DayQuery query) {
		CalendarDay day = calendar.day(AreaCode.of(query.areaCode()), query.date());
		return new Day(day.date(), day.workingDay(), day.name(), day.provisional(), day.kind());
	}

	@GetMapping("/years")
	List<Year> years() {
		return years.inForce()
			.stream()
			.map(a -> new Year(a.scope().key(), a.year(), a.version(), a.document().days().size()))
			.toList();
	}

	@PostMapping("/years")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	Year publish(@Valid @RequestBody YearRequest request, AccessScope scope) {
		CalendarYearPublished published = years.publish(request.scope(), request.document(), request.note(),
				scope.username());
		return new Year(request.scope().key(), published.year(), published.version(), request.days().size());
	}

	record WorkingDays(LocalDate from, int days, LocalDate dueDate, String dueAt, boolean provisional) {
	}

	record Day(LocalDate date, boolean workingDay, String name, boolean provisional, CalendarDay.Kind kind) {
	}

	record Year(String scope, int year, int version, int days) {
	}

}
