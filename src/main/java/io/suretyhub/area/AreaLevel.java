package io.suretyhub.area;

/**
 * Where an area sits in the tree. {@link #GROUP} is the statistical group GB/T 2260 uses for
 * county-level divisions a region administers directly (e.g. {@code 659000}); it is not a place.
 */
public enum AreaLevel {

	REGION, PREFECTURE, GROUP, COUNTY

}
