package io.suretyhub.calendar.web;

import io.suretyhub.calendar.internal.Scope;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The page form for a year's arrangement: one day a line, {@code 2027-01-01,off,元旦} or
 * {@code 2027-02-07,work,春节} (see {@code docs/calendar.md}).
 */
record YearForm(@NotBlank(message = "{calendar.error.required}") String scope,
		@NotNull(message = "{calendar.error.required}") @Min(value = 2000, message = "{calendar.error.yearRange}")
		@Max(value = 2100, message = "{calendar.error.yearRange}") Integer year,
		@Size(max = 500, message = "{calendar.error.note}") String sources,
		@Size(max = 500, message = "{calendar.error.note}") String note,
		@NotBlank(message = "{calendar.error.required}") String days) {

	static YearForm empty(int year) {
		return new YearForm(Scope.NATIONAL.key(), year, "", "", "");
	}

}
