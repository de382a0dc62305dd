package io.suretyhub.statistics.internal;

import java.time.LocalDate;

/** The finest grain of the statistics: a month (its first day), the project's area, an insurer, a line. */
record Cell(LocalDate month, String area, long insurerId, String line) {
}
