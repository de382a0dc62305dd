package io.suretyhub.statistics.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import io.suretyhub.area.Areas;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.statistics.Dimension;
import io.suretyhub.statistics.Filter;

/**
 * The part of the read models a question covers: the area (a {@code LIKE} prefix), the months and
 * possibly one insurer, as SQL conditions with their parameters.
 */
public record Slice(AreaCode area, Filter filter, Long insurerId, ZoneId zone) {

	/** The SQL expression of the area one level below {@link #area()}: prefectures of a region, else counties. */
	public String childArea() {
		return area.isRegion() ? "substr(area_code, 1, 4) || '00'" : "area_code";
	}

	/** The level of the area looked at in the pre-aggregated read models: 1 region, 2 prefecture, 3 county. */
	int level() {
		return area.isRegion() ? 1 : area.isPrefecture() ? 2 : 3;
	}

	/**
	 * Conditions on a pre-aggregated read model ({@code stat_figure}, {@code stat_distinct}) picking the scopes a
	 * grouping reads: the area looked at (or its children for {@link Dimension#AREA}), the insurer asked for (or every
	 * insurer, or each one for {@link Dimension#INSURER}), every line (or each one for {@link Dimension#LINE}).
	 */
	String scope(Dimension dimension) {
		String insurer = insurerId == null ? "insurer_id = 0" : "insurer_id = :insurer";
		if (dimension == Dimension.AREA) {
			return "level = " + (area.isRegion() ? 2 : 3) + " AND area_code LIKE :prefix AND " + insurer
					+ " AND line = '' AND month >= :first AND month < :after";
		}
		String where = "level = " + level() + " AND area_code = :area AND month >= :first AND month < :after AND ";
		if (dimension == Dimension.INSURER) {
			return where + (insurerId == null ? "insurer_id <> 0" : insurer) + " AND line = ''";
		}
		return where + insurer + (dimension == Dimension.LINE ? " AND line <> ''" : " AND line = ''");
	}

	/** Conditions on a table with {@code area_code}, {@code insurer_id} and the date column {@code month}. */
	String where(String month) {
		return where("", month, ":first", ":after");
	}

	/** Conditions on a table (alias {@code table}, e.g. {@code s.}) with a date column {@code month}. */
	String whereOn(String table, String month) {
		return where(table, table + month, ":first", ":after");
	}

	/** Conditions on a table (alias {@code table}, e.g. {@code s.}) with a timestamp column {@code at}. */
	String whereAt(String table, String at) {
		return where(table, table + at, ":firstAt", ":afterAt");
	}

	/**
	 * The area as a {@code LIKE} prefix and also as the byte-wise range it spans ({@code ~>=~}, {@code ~<~}, the
	 * operators of the {@code varchar_pattern_ops} indexes): a prepared statement's generic plan cannot turn
	 * {@code LIKE :prefix} into an index range, the explicit range it can.
	 */
	private String where(String table, String column, String first, String after) {
		return table + "area_code LIKE :prefix AND " + table + "area_code ~>=~ :areaFrom AND " + table
				+ "area_code ~<~ :areaTo AND " + column + " >= " + first + " AND " + column + " < " + after
				+ (insurerId == null ? "" : " AND " + table + "insurer_id = :insurer");
	}

	Map<String, Object> params() {
		Map<String, Object> params = new HashMap<>();
		String prefix = Areas.likePattern(area);
		params.put("prefix", prefix);
		String from = prefix.replace("%", "");
		params.put("areaFrom", from);
		params.put("areaTo", from.substring(0, from.length() - 1) + (char) (from.charAt(from.length() - 1) + 1));
		params.put("area", area.value());
		params.put("first", Date.valueOf(filter.firstDay()));
		params.put("after", Date.valueOf(filter.dayAfter()));
		params.put("firstAt", Timestamp.from(filter.firstDay().atStartOfDay(zone).toInstant()));
		params.put("afterAt", Timestamp.from(filter.dayAfter().atStartOfDay(zone).toInstant()));
		if (insurerId != null) {
			params.put("insurer", insurerId);
		}
		return params;
	}

}
