package io.suretyhub.statistics;

/** How many warnings of a level were issued under a rule in an area (one level below the area looked at). */
public record WarningRow(String rule, String level, String areaCode, String areaLabel, long count, long open) {
}
