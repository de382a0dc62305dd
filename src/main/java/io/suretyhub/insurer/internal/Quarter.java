package io.suretyhub.insurer.internal;

import java.time.LocalDate;

/** A calendar quarter. */
public record Quarter(int year, int quarter) {

	public static Quarter containing(LocalDate day) {
		return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
	}

	public LocalDate end() {
		return LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
	}

	public Quarter previous() {
		return quarter == 1 ? new Quarter(year - 1, 4) : new Quarter(year, quarter - 1);
	}

	public Quarter next() {
		return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
	}

	@Override
	public String toString() {
		return year + "Q" + quarter;
	}

}
