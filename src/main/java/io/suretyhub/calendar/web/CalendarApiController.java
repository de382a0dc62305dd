package io.suretyhub.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.suretyhub.calendar.CalendarDay;
import io.suretyhub.calendar.CalendarYearPublished;
import io.suretyhub.calendar.TimeLimit;
import io.suretyhub.calendar.WorkingCalendar;
import io.suretyhub.calendar.internal.CalendarDocument;
import io.suretyhub.calendar.internal.CalendarYears;
import io.suretyhub.calendar.internal.Scope;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
	WorkingDays workingDays(@PathVariable String areaCode, @RequestParam(required = false) String from,
			@RequestParam(required = false) String days) {
		var input = new CalendarInput();
		AreaCode area = input.area("areaCode", areaCode);
		LocalDate start = input.date("from", from);
		Integer count = input.workingDays("days", days);
		input.check();
		var deadline = calendar.deadline(area, start, TimeLimit.workingDays(count));
		return new WorkingDays(start, count, deadline.dueDate(),
				deadline.dueAtInChina().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), deadline.provisional());
	}

	@GetMapping("/{areaCode}/days/{date}")
	Day day(@PathVariable String areaCode, @PathVariable String date) {
		var input = new CalendarInput();
		AreaCode area = input.area("areaCode", areaCode);
		LocalDate day = input.date("date", date);
		input.check();
		CalendarDay answer = calendar.day(area, day);
		return new Day(answer.date(), answer.workingDay(), answer.name(), answer.provisional(), answer.kind());
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
	Year publish(@RequestBody YearRequest request, AccessScope scope) {
		var input = new CalendarInput();
		Scope target = request.scope(input);
		CalendarDocument document = request.document(input);
		input.check();
		CalendarYearPublished published = years.publish(target, document, request.note(), scope.username());
		return new Year(target.key(), published.year(), published.version(), document.days().size());
	}

	record WorkingDays(LocalDate from, int days, LocalDate dueDate, String dueAt, boolean provisional) {
	}

	record Day(LocalDate date, boolean workingDay, String name, boolean provisional, CalendarDay.Kind kind) {
	}

	record Year(String scope, int year, int version, int days) {
	}

}
