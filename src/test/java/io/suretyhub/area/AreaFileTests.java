package io.suretyhub.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

class AreaFileTests {

	static final String HEADER = "code,parent_code,name_zh,name_en,level";

	@Test
	@DisplayName("R-GEO-1: another province is only another file (a Hainan sample parses)")
	void anotherProvinceIsData_R_GEO_1() {
		var areas = AreaFile.parse("hainan", List.of("\uFEFF" + HEADER, "# Hainan, a sample", "460100,460000,海口市,Haikou,prefecture",
				"460105,460100,秀英区,Xiuying District,county", "460000,,海南省,Hainan Province,region", "",
				"469000,460000,省直辖县级行政区划,County-level divisions administered by the province,group",
				"469001,469000,五指山市,Wuzhishan City,county"));
		assertThat(areas).extracting(a -> a.code().value())
			.containsExactly("460000", "460100", "469000", "460105", "469001");
		assertThat(areas.get(3).parent().value()).isEqualTo("460100");
	}

	@Test
	@DisplayName("The shipped Xinjiang file passes every check")
	void shippedFileIsConsistent() {
		assertThat(AreaFile.read(new ClassPathResource("areas/650000.csv"))).hasSize(128);
	}

	@Test
	@DisplayName("A county whose parent does not match its code is refused with the line named")
	void refusesAWrongParent() {
		assertThatIllegalStateException()
			.isThrownBy(() -> AreaFile.parse("bad", List.of(HEADER, "650000,,新疆,Xinjiang,region",
					"650100,650000,乌鲁木齐市,Urumqi,prefecture", "653101,650100,喀什市,Kashgar City,county")))
			.withMessageContaining("bad line 4")
			.withMessageContaining("must be 653100");
	}

	@Test
	@DisplayName("A missing header, a duplicate code, an unknown level or a missing parent is refused")
	void refusesMalformedFiles() {
		assertThatIllegalStateException().isThrownBy(() -> AreaFile.parse("f", List.of("650000,,新疆,Xinjiang,region")))
			.withMessageContaining("header");
		assertThatIllegalStateException()
			.isThrownBy(() -> AreaFile.parse("f", List.of(HEADER, "650000,,新疆,Xinjiang,region", "650000,,新疆,Xinjiang,region")))
			.withMessageContaining("appears twice");
		assertThatIllegalStateException()
			.isThrownBy(() -> AreaFile.parse("f", List.of(HEADER, "650000,,新疆,Xinjiang,province")))
			.withMessageContaining("unknown level");
		assertThatIllegalStateException()
			.isThrownBy(() -> AreaFile.parse("f", List.of(HEADER, "650100,650000,乌鲁木齐市,Urumqi,prefecture")))
			.withMessageContaining("not in the file");
		assertThatIllegalStateException()
			.isThrownBy(() -> AreaFile.parse("f", List.of(HEADER, "650000,,新疆,,region")))
			.withMessageContaining("both names");
	}

}
