package io.suretyhub.obligation.internal;

import io.suretyhub.shared.AreaCode;

/** The SQL {@code LIKE} pattern of every code inside an area (R-GEO-1). */
final class AreaPrefix {

	private AreaPrefix() {
	}

	static String of(AreaCode area) {
		String code = area.value();
		if (area.isRegion()) {
			return code.substring(0, 2) + "%";
		}
		return area.isPrefecture() ? code.substring(0, 4) + "%" : code;
	}

}
