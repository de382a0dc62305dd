package io.suretyhub.obligation.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import io.suretyhub.shared.AreaCode;

/**
 * Who hears of an obligation besides the owing organisation: the authority of its area, of the
 * prefecture above a county, and of the region (R-GEO-1, R-SUP-4).
 */
final class Recipients {

	private Recipients() {
	}

	static Set<AreaCode> authorities(AreaCode area) {
		Set<AreaCode> areas = new LinkedHashSet<>();
		areas.add(area);
		areas.add(area.prefecture());
		areas.add(area.region());
		return areas;
	}

}
