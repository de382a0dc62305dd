package io.suretyhub.statistics.internal;

/** Where one application or notice counts in the scorecards, and what it counts there. */
record Standing(Cell cell, Amounts amounts) {
}
