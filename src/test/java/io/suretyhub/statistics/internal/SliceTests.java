package io.suretyhub.statistics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.statistics.Filter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SliceTests {

	@Test
	@DisplayName("R-GEO-2: an area is the byte-wise range of its prefix, so an index range never reaches a neighbour")
	void areaRangeCoversExactlyItsPrefix_R_GEO_2() {
		assertThat(range("650000")).containsExactly("65%", "65", "66");
		assertThat(range("653100")).containsExactly("6531%", "6531", "6532");
		assertThat(range("652900")).containsExactly("6529%", "6529", "652:");
		assertThat(range("653101")).containsExactly("653101", "653101", "653102");
		assertThat(new Slice(AreaCode.of("653100"), Filter.quarter(2026, 4), null, ZoneId.of("Asia/Shanghai"))
			.whereOn("s.", "issued_month")).contains("s.area_code ~>=~ :areaFrom AND s.area_code ~<~ :areaTo");
	}

	private static List<Object> range(String area) {
		var params = new Slice(AreaCode.of(area), Filter.quarter(2026, 4), null, ZoneId.of("Asia/Shanghai")).params();
		return List.of(params.get("prefix"), params.get("areaFrom"), params.get("areaTo"));
	}

}
