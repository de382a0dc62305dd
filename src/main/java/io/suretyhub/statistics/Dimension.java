package io.suretyhub.statistics;

/** What the figures are broken down by; texts are {@code statistics.dimension.<NAME>}. */
public enum Dimension {

	INSURER,
	/** The areas one level below the area looked at: prefectures of a region, counties of a prefecture. */
	AREA, LINE, MONTH, QUARTER

}
