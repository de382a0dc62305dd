package io.suretyhub.statistics;

/**
 * A line of insurance counted in the statistics (险种); texts are {@code statistics.line.<NAME>}. The
 * platform issues wage payment guarantee policies; other lines of the seed report join here when issued.
 */
public enum Line {

	/** 农民工工资支付履约保证保险. */
	WAGE_PAYMENT

}
