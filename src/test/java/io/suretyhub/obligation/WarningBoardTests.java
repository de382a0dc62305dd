package io.suretyhub.obligation;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import io.suretyhub.calendar.TimeLimit;
import io.suretyhub.obligation.internal.Sweeper;
import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CalendarObligationTest;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.TestPrincipals;
import io.suretyhub.testing.Xlsx;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The board filters, pages and exports what is in the viewer's area only (R-SUP-4, R-GEO-2). */
@CalendarObligationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WarningBoardTests {

	static final AccessScope CHANGJI = TestPrincipals.scope(Role.LOCAL_AUTHORITY, 940_001, "652300");

	static final AccessScope HAMI = TestPrincipals.scope(Role.LOCAL_AUTHORITY, 940_002, "650500");

	@Autowired
	Obligations obligations;

	@Autowired
	Sweeper sweeper;

	@Autowired
	MutableClock clock;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	void sixtyOverdueObligationsInChangji() {
		clock.setLocal("2025-11-03T09:00:00");
		for (int i = 0; i < 60; i++) {
			long owedBy = i < 45 ? 930_001 : 930_002;
			String area = i % 2 == 0 ? "652301" : "652323";
			obligations.open(new NewObligation(Parties.toAuthority(owedBy, AreaCode.of("652300")),
					new Subject("project", "board-" + i), i < 40 ? "R-PRJ-2" : "R-CLM-6", AreaCode.of(area),
					clock.instant().plusSeconds(i), TimeLimit.workingDays(i < 40 ? 1 : 5)));
		}
		clock.setLocal("2025-11-10T09:00:00");
		sweeper.sweep();
	}

	@Test
	@DisplayName("R-SUP-4: the board pages through the area's warnings and filters them")
	void filtersAndPages() throws Exception {
		mvc.perform(get("/warnings").with(as(CHANGJI)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 60 条")))
			.andExpect(content().string(containsString("第 1 / 2 页")))
			.andExpect(content().string(containsString("id=\"next-page\"")));
		mvc.perform(get("/warnings").param("page", "1").with(as(CHANGJI)))
			.andExpect(content().string(containsString("第 2 / 2 页")));
		mvc.perform(get("/warnings").param("rule", "R-CLM-6").with(as(CHANGJI)))
			.andExpect(content().string(containsString("共 20 条")));
		mvc.perform(get("/warnings").param("level", "ORANGE").with(as(CHANGJI)))
			.andExpect(content().string(containsString("共 40 条")));
		mvc.perform(get("/warnings").param("level", "REMINDER").param("status", "OPEN").with(as(CHANGJI)))
			.andExpect(content().string(containsString("共 20 条")));
		mvc.perform(get("/warnings").param("party", "930002").with(as(CHANGJI)))
			.andExpect(content().string(containsString("共 15 条")));
		mvc.perform(get("/warnings").param("area", "652323").with(as(CHANGJI)))
			.andExpect(content().string(containsString("共 30 条")));
		mvc.perform(get("/warnings").param("dueFrom", "2025-11-05").param("dueTo", "2025-11-30").with(as(CHANGJI)))
			.andExpect(content().string(containsString("共 20 条")));
		mvc.perform(get("/warnings").with(as(HAMI))).andExpect(content().string(containsString("共 0 条")));
		mvc.perform(get("/warnings").param("area", "652301").with(as(HAMI)))
			.andExpect(content().string(containsString("共 0 条")));
		mvc.perform(get("/warnings").param("area", "65x").param("size", "500").with(as(CHANGJI)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("应为六位行政区划代码")))
			.andExpect(content().string(containsString("每页 1 至 200 条")));
	}

	@Test
	@DisplayName("R-SUP-4: the export is an Excel workbook of every matching row in the area")
	void exportsToExcel() throws Exception {
		byte[] xlsx = mvc.perform(get("/warnings/export.xlsx").param("rule", "R-PRJ-2").with(as(CHANGJI)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<List<String>> rows = Xlsx.rows(xlsx);
		assertThat(rows).hasSize(41);
		assertThat(rows.get(0).get(1)).isEqualTo("规则");
		assertThat(rows.subList(1, 41)).allMatch(row -> row.get(1).equals("R-PRJ-2") && row.get(5).startsWith("6523")
				&& row.get(9).equals("橙色"));
		byte[] nothing = mvc.perform(get("/warnings/export.xlsx").with(as(HAMI))).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(Xlsx.rows(nothing)).hasSize(1);
	}

}
