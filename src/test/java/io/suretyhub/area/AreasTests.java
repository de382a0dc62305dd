package io.suretyhub.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.testing.MutableClockConfiguration;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class AreasTests {

	static final AreaCode XINJIANG = AreaCode.of("650000");

	@Autowired
	Areas areas;

	@Autowired
	AreaLoader loader;

	@Autowired
	JdbcClient jdbc;

	@Test
	@DisplayName("R-GEO-1: Xinjiang ships with its 14 prefecture-level divisions and 112 county-level divisions")
	void xinjiangTreeIsLoaded_R_GEO_1() {
		assertThat(areas.regions()).extracting(a -> a.code().value()).containsExactly("650000");
		assertThat(areas.prefectures(XINJIANG)).extracting(a -> a.code().value())
			.containsExactly("650100", "650200", "650400", "650500", "652300", "652700", "652800", "652900", "653000",
					"653100", "653200", "654000", "654200", "654300");
		assertThat(areas.within(XINJIANG)).filteredOn(a -> a.level() == AreaLevel.COUNTY).hasSize(112);
		assertThat(areas.children(AreaCode.of("650100"))).extracting(Area::nameZh)
			.containsExactly("天山区", "沙依巴克区", "新市区", "水磨沟区", "头屯河区", "达坂城区", "米东区", "乌鲁木齐县");
		assertThat(areas.children(AreaCode.of("653100"))).hasSize(13);
		assertThat(areas.children(AreaCode.of("659000"))).hasSize(13)
			.allSatisfy(city -> assertThat(city.level()).isEqualTo(AreaLevel.COUNTY));
		assertThat(areas.find(AreaCode.of("659000")).orElseThrow().level()).isEqualTo(AreaLevel.GROUP);
		assertThat(jdbc.sql("SELECT count(*) FROM area").query(Long.class).single()).isEqualTo(128L);
	}

	@Test
	@DisplayName("R-GEO-1: the path runs from the region down to the code; names come in either language")
	void pathAndNames_R_GEO_1() {
		AreaCode shufu = AreaCode.of("653121");
		assertThat(areas.path(shufu)).extracting(a -> a.code().value()).containsExactly("650000", "653100", "653121");
		assertThat(areas.name(shufu, Locale.SIMPLIFIED_CHINESE)).isEqualTo("疏附县");
		assertThat(areas.name(shufu, Locale.ENGLISH)).isEqualTo("Shufu County");
		assertThat(areas.label(shufu, Locale.SIMPLIFIED_CHINESE)).isEqualTo("喀什地区 疏附县");
		assertThat(areas.label(XINJIANG, Locale.ENGLISH)).isEqualTo("Xinjiang Uygur Autonomous Region");
		assertThat(areas.path(AreaCode.of("653300"))).isEmpty();
	}

	@Test
	@DisplayName("R-GEO-1: only codes in the tree are valid")
	void validity_R_GEO_1() {
		assertThat(areas.isValid("653131")).isTrue();
		assertThat(areas.isValid(AreaCode.of("650102"))).isTrue();
		assertThat(areas.isValid("653300")).isFalse();
		assertThat(areas.isValid("65010")).isFalse();
		assertThat(areas.isValid((String) null)).isFalse();
		assertThat(areas.find(AreaCode.of("652800")).orElseThrow().isPlace()).isTrue();
		assertThat(areas.find(AreaCode.of("659000")).orElseThrow().isPlace()).isFalse();
	}

	@Test
	@DisplayName("Loading the area files again changes nothing (idempotent upsert)")
	void loadingAgainIsIdempotent() {
		jdbc.sql("UPDATE area SET name_en = 'changed by hand' WHERE code = '653100'").update();
		var again = loader.load();
		assertThat(again).hasSize(128);
		assertThat(jdbc.sql("SELECT count(*) FROM area").query(Long.class).single()).isEqualTo(128L);
		assertThat(jdbc.sql("SELECT name_en FROM area WHERE code = '653100'").query(String.class).single())
			.isEqualTo("Kashgar Prefecture");
	}

	@Test
	@DisplayName("LIKE patterns cover an area and everything below it")
	void likePatterns() {
		assertThat(Areas.likePattern(XINJIANG)).isEqualTo("65%");
		assertThat(Areas.likePattern(AreaCode.of("653100"))).isEqualTo("6531%");
		assertThat(Areas.likePattern(AreaCode.of("653101"))).isEqualTo("653101");
	}

}
