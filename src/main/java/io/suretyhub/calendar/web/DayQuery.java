package io.suretyhub.calendar.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;

/** {@code GET /api/v1/calendar/{areaCode}/days/{date}}. */
record DayQuery(
		@Pattern(regexp = WorkingDaysQuery.AREA_CODE, message = "{calendar.error.areaCode}") String areaCode,
		@NotNull(message = "{calendar.error.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
}
