package io.suretyhub.calendar.web;

import java.time.LocalDate;

import io.suretyhub.calendar.TimeLimit;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.format.annotation.DateTimeFormat;

/** {@code GET /api/v1/calendar/{areaCode}/working-days?from=…&days=…}. */
record WorkingDaysQuery(@Pattern(regexp = AREA_CODE, message = "{calendar.error.areaCode}") String areaCode,
		@NotNull(message = "{calendar.error.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@NotNull(message = "{calendar.error.required}") @Min(value = 0, message = "{calendar.error.days}")
		@Max(value = TimeLimit.MAX_AMOUNT, message = "{calendar.error.days}") Integer days) {

	static final String AREA_CODE = "[1-9]\\d{5}";

}
