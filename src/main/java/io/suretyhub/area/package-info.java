/**
 * Areas (R-GEO-1): the region → prefecture → county tree keyed by GB/T 2260 codes. The tree is data:
 * the files named in {@code suretyhub.areas.files} (default {@code classpath:areas/650000.csv},
 * Xinjiang) are loaded into the {@code area} table at start, and {@link io.suretyhub.area.Areas}
 * answers every question about places. Another province is another data file, not code.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Areas")
package io.suretyhub.area;
