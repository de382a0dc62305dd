package io.suretyhub.calendar.internal;

/** A version an administrator added, with who added it and why. */
public record StoredVersion(YearArrangement arrangement, String publishedBy, String note) {
}
