package io.suretyhub.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import io.suretyhub.calendar.TimeLimit;
import io.suretyhub.obligation.internal.Sweeper;
import io.suretyhub.shared.AreaCode;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CalendarObligationTest;
import io.suretyhub.testing.MutableClock;
import io.suretyhub.testing.ObligationTestPrincipal;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
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

	static final ObligationTestPrincipal CHANGJI = ObligationTestPrincipal.of(940_001, "652300", Role.LOCAL_AUTHORITY);

	static final ObligationTestPrincipal HAMI = ObligationTestPrincipal.of(940_002, "650500", Role.LOCAL_AUTHORITY);

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
		mvc.perform(get("/warnings").with(user(CHANGJI)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共 60 条")))
			.andExpect(content().string(containsString("第 1 / 2 页")))
			.andExpect(content().string(containsString("id=\"next-page\"")));
		mvc.perform(get("/warnings").param("page", "1").with(user(CHANGJI)))
			.andExpect(content().string(containsString("第 2 / 2 页")));
		mvc.perform(get("/warnings").param("rule", "R-CLM-6").with(user(CHANGJI)))
			.andExpect(content().string(containsString("共 20 条")));
		mvc.perform(get("/warnings").param("level", "ORANGE").with(user(CHANGJI)))
			.andExpect(content().string(containsString("共 40 条")));
		mvc.perform(get("/warnings").param("level", "REMINDER").param("status", "OPEN").with(user(CHANGJI)))
			.andExpect(content().string(containsString("共 20 条")));
		mvc.perform(get("/warnings").param("party", "930002").with(user(CHANGJI)))
			.andExpect(content().string(containsString("共 15 条")));
		mvc.perform(get("/warnings").param("area", "652323").with(user(CHANGJI)))
			.andExpect(content().string(containsString("共 30 条")));
		mvc.perform(get("/warnings").param("dueFrom", "2025-11-05").param("dueTo", "2025-11-30").with(user(CHANGJI)))
			.andExpect(content().string(containsString("共 20 条")));
		mvc.perform(get("/warnings").with(user(HAMI))).andExpect(content().string(containsString("共 0 条")));
		mvc.perform(get("/warnings").param("area", "652301").with(user(HAMI)))
			.andExpect(content().string(containsString("共 0 条")));
		mvc.perform(get("/warnings").param("area", "65x").param("size", "500").with(user(CHANGJI)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("应为六位行政区划代码")))
			.andExpect(content().string(containsString("每页 1 至 200 条")));
	}

	@Test
	@DisplayName("R-SUP-4: the export is an Excel workbook of every matching row in the area")
	void exportsToExcel() throws Exception {
		byte[] xlsx = mvc.perform(get("/warnings/export.xlsx").param("rule", "R-PRJ-2").with(user(CHANGJI)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("spreadsheetml")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		List<Row> rows = new ArrayList<>();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			workbook.getFirstSheet().openStream().forEach(rows::add);
		}
		assertThat(rows).hasSize(41);
		assertThat(rows.get(0).getCellText(1)).isEqualTo("规则");
		assertThat(rows.subList(1, 41)).allMatch(row -> row.getCellText(1).equals("R-PRJ-2")
				&& row.getCellText(5).startsWith("6523") && row.getCellText(9).equals("橙色"));
		byte[] nothing = mvc.perform(get("/warnings/export.xlsx").with(user(HAMI))).andReturn().getResponse()
			.getContentAsByteArray();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(nothing))) {
			assertThat(workbook.getFirstSheet().openStream().count()).isOne();
		}
	}

}
