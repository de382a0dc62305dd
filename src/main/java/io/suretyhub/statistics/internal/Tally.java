package io.suretyhub.statistics.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The changes one event makes to the pre-aggregated read models, merged per row and kept in key order, so that
 * every transaction locks the rows it changes in the same order (no deadlock between concurrent listeners).
 */
final class Tally {

	record FigureKey(Scope scope, LocalDate month) implements Comparable<FigureKey> {

		@Override
		public int compareTo(FigureKey o) {
			int byScope = scope.compareTo(o.scope);
			return byScope != 0 ? byScope : month.compareTo(o.month);
		}

	}

	record LinkKey(char kind, Scope scope, LocalDate month, LocalDate since) implements Comparable<LinkKey> {

		private static final Comparator<LinkKey> ORDER = Comparator.comparing(LinkKey::kind)
			.thenComparing(LinkKey::scope)
			.thenComparing(LinkKey::month)
			.thenComparing(LinkKey::since);

		@Override
		public int compareTo(LinkKey o) {
			return ORDER.compare(this, o);
		}

	}

	private final Map<FigureKey, Amounts> figures = new TreeMap<>();

	private final Map<LinkKey, Integer> links = new TreeMap<>();

	/** Adds {@code amounts} in every scope of {@code cell}. */
	void add(Cell cell, Amounts amounts) {
		for (Scope scope : Scope.of(cell)) {
			figures.merge(new FigureKey(scope, cell.month()), amounts, Amounts::plus);
		}
	}

	void link(char kind, Scope scope, LocalDate month, LocalDate since, int delta) {
		links.merge(new LinkKey(kind, scope, month, since), delta, Integer::sum);
	}

	Map<FigureKey, Amounts> figures() {
		return figures;
	}

	Map<LinkKey, Integer> links() {
		return links;
	}

}
