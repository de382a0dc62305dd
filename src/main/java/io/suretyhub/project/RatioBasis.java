package io.suretyhub.project;

/**
 * Which part of a {@link RatioRule} produced a ratio; texts are {@code project.basis.<NAME>}.
 */
public enum RatioBasis {

	BASE, SECOND_PROJECT, CLEAN_TWO_YEARS, EXEMPT_CLEAN_YEARS, EXEMPT_SMALL_PROJECT, BASE_WITH_ARREARS_INCREASE,
	BASE_WITH_UNTRUSTWORTHY_INCREASE

}
