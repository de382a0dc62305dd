package io.suretyhub.obligation.web;

import java.time.LocalDate;

import io.suretyhub.obligation.ObligationStatus;
import io.suretyhub.obligation.WarningLevel;
import io.suretyhub.obligation.internal.BoardFilter;
import io.suretyhub.shared.AreaCode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

import org.springframework.format.annotation.DateTimeFormat;

/** The board's query string; empty fields do not filter. */
record BoardFilterForm(@Pattern(regexp = "|[1-9]\\d{5}", message = "{obligation.error.area}") String area,
		@Positive(message = "{obligation.error.party}") Long party,
		@Pattern(regexp = "|R-[A-Z]+-\\d+", message = "{obligation.error.rule}") String rule, WarningLevel level,
		ObligationStatus status, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
		@Min(value = 0, message = "{obligation.error.page}") Integer page,
		@Min(value = 1, message = "{obligation.error.size}") @Max(value = 200, message = "{obligation.error.size}") Integer size) {

	static final int DEFAULT_SIZE = 50;

	BoardFilter filter() {
		return new BoardFilter(area == null || area.isBlank() ? null : AreaCode.of(area), party,
				rule == null || rule.isBlank() ? null : rule, level, status, dueFrom, dueTo);
	}

	int pageOrFirst() {
		return page == null ? 0 : page;
	}

	int sizeOrDefault() {
		return size == null ? DEFAULT_SIZE : size;
	}

}
