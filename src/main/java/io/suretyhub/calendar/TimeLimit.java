package io.suretyhub.calendar;

import java.util.regex.Pattern;

/**
 * A time limit of the rules: "5 working days", "60 days", "1 month", "2 years" (R-TIME-2). Its
 * {@link #code()} ({@code 5WD}, {@code 60D}, {@code 1M}, {@code 2Y}) is how it is stored.
 */
public record TimeLimit(int amount, Unit unit) {

	/** The largest amount accepted: more than any limit of the rules, small enough to compute at once. */
	public static final int MAX_AMOUNT = 1000;

	private static final Pattern CODE = Pattern.compile("(\\d{1,4})(WD|D|M|Y)");

	public TimeLimit {
		if (unit == null || amount < 0 || amount > MAX_AMOUNT) {
			throw new IllegalArgumentException("A time limit is 0 to " + MAX_AMOUNT + " units: " + amount + unit);
		}
	}

	public static TimeLimit workingDays(int amount) {
		return new TimeLimit(amount, Unit.WORKING_DAYS);
	}

	public static TimeLimit days(int amount) {
		return new TimeLimit(amount, Unit.DAYS);
	}

	public static TimeLimit months(int amount) {
		return new TimeLimit(amount, Unit.MONTHS);
	}

	public static TimeLimit years(int amount) {
		return new TimeLimit(amount, Unit.YEARS);
	}

	public static TimeLimit parse(String code) {
		var matcher = code == null ? null : CODE.matcher(code);
		if (matcher == null || !matcher.matches()) {
			throw new IllegalArgumentException("Not a time limit code: " + code);
		}
		int amount = Integer.parseInt(matcher.group(1));
		return switch (matcher.group(2)) {
			case "WD" -> workingDays(amount);
			case "D" -> days(amount);
			case "M" -> months(amount);
			default -> years(amount);
		};
	}

	public String code() {
		return amount + unit.code;
	}

	@Override
	public String toString() {
		return code();
	}

	public enum Unit {

		WORKING_DAYS("WD"), DAYS("D"), MONTHS("M"), YEARS("Y");

		private final String code;

		Unit(String code) {
			this.code = code;
		}

	}

}
