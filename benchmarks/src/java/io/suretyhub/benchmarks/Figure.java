package io.suretyhub.benchmarks;

/**
 * One row of the table.
 *
 * @param id the benchmark (B1…B6)
 * @param what what was measured
 * @param value the figure as printed, with its unit
 * @param target the target as printed ("" when the row only informs)
 * @param met whether the target is met; {@code null} when the row has no target
 */
public record Figure(String id, String what, String value, String target, Boolean met) {

	static Figure info(String id, String what, String value) {
		return new Figure(id, what, value, "", null);
	}

	static Figure missing(String id, String what) {
		return new Figure(id, what, "not yet measured (module missing)", "", null);
	}

	String verdict() {
		return met == null ? "" : met ? "met" : "MISSED";
	}

}
