package io.suretyhub.calendar;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.suretyhub.testing.CalendarObligationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The public calendar API without signing in (R-TIME-1, R-TIME-2). */
@CalendarObligationTest
class WorkingDaysApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	@DisplayName("R-TIME-2: 5 working days from 2026-09-30 end at 24:00 on 2026-10-13 (National Day, make-up Saturday 10-10 counted)")
	void nationalDay2026() throws Exception {
		mvc.perform(get("/api/v1/calendar/650100/working-days").param("from", "2026-09-30").param("days", "5"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.from").value("2026-09-30"))
			.andExpect(jsonPath("$.days").value(5))
			.andExpect(jsonPath("$.dueDate").value("2026-10-13"))
			.andExpect(jsonPath("$.dueAt").value("2026-10-14T00:00:00+08:00"))
			.andExpect(jsonPath("$.provisional").value(false));
	}

	@ParameterizedTest(name = "R-TIME-1: {1} working days after {0} in {3} end on {2}")
	@CsvSource({
			// Spring Festival 2026: 02-14 (Saturday) is a make-up working day, 02-15 to 02-23 off, 02-28 works
			"2026-02-12, 1, 2026-02-13, 110000", "2026-02-13, 1, 2026-02-14, 110000",
			"2026-02-13, 2, 2026-02-24, 110000", "2026-02-23, 4, 2026-02-27, 110000",
			"2026-02-23, 5, 2026-02-28, 110000", "2026-02-14, 0, 2026-02-14, 110000",
			// National Day 2026 from the event day inside the holiday
			"2026-10-01, 1, 2026-10-08, 650102", "2026-10-09, 1, 2026-10-10, 650102",
			// Xinjiang's 古尔邦节 2026 (05-27 to 05-31) counts only in Xinjiang
			"2026-05-26, 1, 2026-05-27, 110000", "2026-05-26, 1, 2026-06-01, 650102",
			"2026-05-26, 1, 2026-06-01, 653100", "2026-03-19, 1, 2026-03-23, 650000" })
	void workingDays(String from, int days, String dueDate, String area) throws Exception {
		mvc.perform(get("/api/v1/calendar/{area}/working-days", area).param("from", from).param("days", "" + days))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dueDate").value(dueDate))
			.andExpect(jsonPath("$.provisional").value(false));
	}

	@Test
	@DisplayName("R-TIME-1: into 2027 (no data) weekdays count and the answer is provisional")
	void yearBoundaryIntoProvisional2027() throws Exception {
		mvc.perform(get("/api/v1/calendar/650100/working-days").param("from", "2026-12-30").param("days", "3"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.dueDate").value("2027-01-04"))
			.andExpect(jsonPath("$.dueAt").value("2027-01-05T00:00:00+08:00"))
			.andExpect(jsonPath("$.provisional").value(true));
		mvc.perform(get("/api/v1/calendar/650100/working-days").param("from", "2026-12-29").param("days", "2"))
			.andExpect(jsonPath("$.dueDate").value("2026-12-31"))
			.andExpect(jsonPath("$.provisional").value(false));
		mvc.perform(get("/api/v1/calendar/650100/days/2027-01-01"))
			.andExpect(jsonPath("$.workingDay").value(true))
			.andExpect(jsonPath("$.name").value(nullValue()))
			.andExpect(jsonPath("$.provisional").value(true));
	}

	@Test
	@DisplayName("R-TIME-1: a day answers whether it works, the holiday's name and whether it is provisional")
	void days() throws Exception {
		mvc.perform(get("/api/v1/calendar/650100/days/2026-10-10"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.date").value("2026-10-10"))
			.andExpect(jsonPath("$.workingDay").value(true))
			.andExpect(jsonPath("$.name").value("国庆节"))
			.andExpect(jsonPath("$.kind").value("MAKE_UP_WORKDAY"))
			.andExpect(jsonPath("$.provisional").value(false));
		mvc.perform(get("/api/v1/calendar/650102/days/2026-05-27"))
			.andExpect(jsonPath("$.workingDay").value(false))
			.andExpect(jsonPath("$.name").value("古尔邦节"));
		mvc.perform(get("/api/v1/calendar/440300/days/2026-05-27"))
			.andExpect(jsonPath("$.workingDay").value(true))
			.andExpect(jsonPath("$.name").value(nullValue()))
			.andExpect(jsonPath("$.kind").value("WORKDAY"));
		mvc.perform(get("/api/v1/calendar/650100/days/2026-11-21"))
			.andExpect(jsonPath("$.workingDay").value(false))
			.andExpect(jsonPath("$.kind").value("WEEKEND"));
	}

	@Test
	@DisplayName("R-TIME-1: Xinjiang years without a verified regional notice (2020, 2021) are provisional there only")
	void xinjiangYearsWithoutRegionalNoticeAreProvisional() throws Exception {
		mvc.perform(get("/api/v1/calendar/650100/days/2021-05-13"))
			.andExpect(jsonPath("$.provisional").value(true));
		mvc.perform(get("/api/v1/calendar/110000/days/2021-05-13"))
			.andExpect(jsonPath("$.provisional").value(false));
	}

	@ParameterizedTest(name = "R-TIME-2: 400 with field and reason for {0}")
	@CsvSource(delimiter = '|', value = {
			"/api/v1/calendar/6501/working-days?from=2026-01-05&days=3 | areaCode",
			"/api/v1/calendar/065010/working-days?from=2026-01-05&days=3 | areaCode",
			"/api/v1/calendar/650100/working-days?from=2026-02-30&days=3 | from",
			"/api/v1/calendar/650100/working-days?from=yesterday&days=3 | from",
			"/api/v1/calendar/650100/working-days?days=3 | from",
			"/api/v1/calendar/650100/working-days?from=2026-01-05&days=-1 | days",
			"/api/v1/calendar/650100/working-days?from=2026-01-05&days=1001 | days",
			"/api/v1/calendar/650100/working-days?from=2026-01-05&days=99999999999 | days",
			"/api/v1/calendar/650100/working-days?from=2026-01-05&days=five | days",
			"/api/v1/calendar/650100/working-days?from=2026-01-05 | days",
			"/api/v1/calendar/xinjiang/days/2026-01-05 | areaCode",
			"/api/v1/calendar/650100/days/2026-1-5 | date" })
	void badInputAnswers400WithFieldAndReason(String url, String field) throws Exception {
		mvc.perform(get(url).accept(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.errors[*].field").value(hasItem(field)))
			.andExpect(jsonPath("$.errors[0].reason").isNotEmpty());
	}

	@Test
	void reasonsComeInTheCallersLanguage() throws Exception {
		mvc.perform(get("/api/v1/calendar/6501/working-days?from=2026-01-05&days=3").param("lang", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].reason").value("must be a six-digit administrative division code such as 650100"));
		mvc.perform(get("/api/v1/calendar/6501/working-days?from=2026-01-05&days=3").header("Accept-Language", "zh-CN"))
			.andExpect(jsonPath("$.errors[0].reason").value("应为六位行政区划代码，例如 650100"));
	}

}
