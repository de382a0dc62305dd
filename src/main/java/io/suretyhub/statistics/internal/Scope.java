package io.suretyhub.statistics.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One of the twelve scopes a fact counts in: its area at a level (1 region, 2 prefecture, 3 county), its insurer or
 * every insurer ({@link #EVERY_INSURER}), its line or every line ({@link #EVERY_LINE}).
 */
record Scope(int level, String area, long insurerId, String line) implements Comparable<Scope> {

	static final long EVERY_INSURER = 0;

	static final String EVERY_LINE = "";

	private static final Comparator<Scope> ORDER = Comparator.comparingInt(Scope::level)
		.thenComparing(Scope::area)
		.thenComparingLong(Scope::insurerId)
		.thenComparing(Scope::line);

	/** The scopes of a fact in {@code cell}. */
	static List<Scope> of(Cell cell) {
		List<Scope> scopes = new ArrayList<>(12);
		for (int level = 1; level <= 3; level++) {
			for (long insurer : new long[] { EVERY_INSURER, cell.insurerId() }) {
				scopes.add(new Scope(level, areaAt(level, cell.area()), insurer, EVERY_LINE));
				scopes.add(new Scope(level, areaAt(level, cell.area()), insurer, cell.line()));
			}
		}
		return scopes;
	}

	/** The code of the area at {@code level} containing {@code area}. */
	static String areaAt(int level, String area) {
		return switch (level) {
			case 1 -> area.substring(0, 2) + "0000";
			case 2 -> area.substring(0, 4) + "00";
			default -> area;
		};
	}

	boolean covers(Cell cell) {
		return area.equals(areaAt(level, cell.area())) && (insurerId == EVERY_INSURER || insurerId == cell.insurerId())
				&& (line.equals(EVERY_LINE) || line.equals(cell.line()));
	}

	@Override
	public int compareTo(Scope other) {
		return ORDER.compare(this, other);
	}

}
