package io.suretyhub.calendar;

import static io.suretyhub.testing.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.suretyhub.shared.AccessScope;
import io.suretyhub.shared.AuditEvent;
import io.suretyhub.shared.Role;
import io.suretyhub.testing.CalendarObligationTest;
import io.suretyhub.testing.ObligationEventLog;
import io.suretyhub.testing.TestPrincipals;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An administrator adds a year without a release: stored as a new version, never overwriting, audited
 * (R-TIME-1). Uses 2030 and 2031 so that other tests keep their provisional 2027.
 */
@CalendarObligationTest
class CalendarYearAdministrationTests {

	static final AccessScope ADMIN = TestPrincipals.scope(Role.SYSTEM_ADMIN, 970_000, "650000");

	static final AccessScope OFFICIAL = TestPrincipals.scope(Role.REGION_AUTHORITY, 970_001, "650000");

	static final String YEAR_2031 = """
			{"year": 2031, "sources": ["国办发明电〔2030〕X号 (test)"], "note": "first",
			 "days": [{"date": "2031-01-01", "name": "元旦", "off": true}, {"date": "2031-01-04", "name": "元旦", "off": false}]}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	ObligationEventLog events;

	@Autowired
	JdbcClient jdbc;

	MockHttpServletRequestBuilder publish(String json) {
		return post("/api/v1/calendar/years").contentType(MediaType.APPLICATION_JSON).content(json).with(csrf());
	}

	@Test
	@DisplayName("R-TIME-1: each publication is a new version; the newest is in force at once; audited")
	void publishingAddsVersions() throws Exception {
		mvc.perform(get("/api/v1/calendar/110000/days/2031-01-01")).andExpect(jsonPath("$.provisional").value(true));
		mvc.perform(publish(YEAR_2031).with(as(ADMIN)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.scope").value("CN"))
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(get("/api/v1/calendar/110000/days/2031-01-01"))
			.andExpect(jsonPath("$.workingDay").value(false))
			.andExpect(jsonPath("$.name").value("元旦"))
			.andExpect(jsonPath("$.provisional").value(false));
		mvc.perform(get("/api/v1/calendar/110000/days/2031-01-04")).andExpect(jsonPath("$.workingDay").value(true));

		mvc.perform(publish(YEAR_2031.replace("\"off\": false", "\"off\": true")).with(as(ADMIN)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(2));
		mvc.perform(get("/api/v1/calendar/110000/days/2031-01-04")).andExpect(jsonPath("$.workingDay").value(false));
		mvc.perform(get("/api/v1/calendar/years"))
			.andExpect(jsonPath("$[?(@.scope == 'CN' && @.year == 2031)].version").value(hasItem(2)));

		assertThat(jdbc.sql("select count(*) from calendar_year_version where scope = 'CN' and year = 2031")
			.query(Long.class)
			.single()).isEqualTo(2);
		assertThatThrownBy(() -> jdbc.sql("update calendar_year_version set note = 'x'").update())
			.as("the application may not overwrite a version")
			.isInstanceOf(DataAccessException.class);
		assertThat(events.of(AuditEvent.class)).filteredOn(e -> e.action().equals("calendar.year.publish"))
			.extracting(AuditEvent::objectId)
			.contains("CN/2031/v1", "CN/2031/v2");
		assertThat(events.of(CalendarYearPublished.class)).contains(new CalendarYearPublished(null, 2031, 2));
	}

	@Test
	@DisplayName("R-TIME-1: only a system administrator publishes; signing in is required")
	void onlyTheSystemAdministrator() throws Exception {
		mvc.perform(publish(YEAR_2031).with(as(OFFICIAL))).andExpect(status().isForbidden());
		mvc.perform(publish(YEAR_2031)).andExpect(status().isUnauthorized());
		mvc.perform(get("/admin/calendar").with(as(OFFICIAL))).andExpect(status().isForbidden());
	}

	@ParameterizedTest(name = "400 on {1}")
	@CsvSource(delimiter = '|', value = {
			"{\"area\": \"650100\", \"year\": 2031, \"days\": [{\"date\": \"2031-01-01\", \"name\": \"元旦\", \"off\": true}]} | area",
			"{\"days\": [{\"date\": \"2031-01-01\", \"name\": \"元旦\", \"off\": true}]} | year",
			"{\"year\": 2031, \"days\": []} | days",
			"{\"year\": 2031, \"days\": [{\"date\": \"2033-01-01\", \"name\": \"元旦\", \"off\": true}]} | days[0].date",
			"{\"year\": 2031, \"days\": [{\"date\": \"2031-01-01\", \"name\": \"元旦\", \"off\": true}, {\"date\": \"2031-01-01\", \"name\": \"元旦\", \"off\": true}]} | days[1].date",
			"{\"year\": 2031, \"days\": [{\"date\": \"2031-02-30\", \"name\": \"元旦\", \"off\": true}]} | days[0].date",
			"{\"year\": 2031, \"days\": [{\"date\": \"2031-01-01\", \"name\": \" \", \"off\": true}]} | days[0].name",
			"{\"year\": 2031, \"days\": [{\"date\": \"2031-01-01\", \"name\": \"元旦\"}]} | days[0].off",
			"{\"year\": 1999, \"days\": [{\"date\": \"1999-01-01\", \"name\": \"元旦\", \"off\": true}]} | year",
			"{\"year\": 2031, \"days\": [null]} | days[0].date" })
	void invalidArrangementsAnswer400(String json, String field) throws Exception {
		mvc.perform(publish(json).with(as(ADMIN)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
	}

	@Test
	void aBodyThatIsNotJsonAnswers400() throws Exception {
		mvc.perform(publish("not json").with(as(ADMIN))).andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("R-TIME-1: the administrators' page publishes a region's year and shows its history")
	void adminPage() throws Exception {
		mvc.perform(get("/admin/calendar").param("lang", "en").with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Working-day calendar")))
			.andExpect(content().string(not(containsString("??"))));
		mvc.perform(get("/admin/calendar").param("lang", "zh_CN").with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("工作日历管理")))
			.andExpect(content().string(not(containsString("??"))))
			.andExpect(content().string(containsString("/admin/calendar/650000/2026")));
		mvc.perform(post("/admin/calendar").with(csrf())
			.with(as(ADMIN))
			.param("scope", "650000")
			.param("year", "2030")
			.param("sources", "test source")
			.param("days", "2030-02-05,off,test fixture\n\n2030-02-06 休 test fixture\n")
			.param("note", "page test")).andExpect(redirectedUrl("/admin/calendar/650000/2030"));
		mvc.perform(get("/admin/calendar/650000/2030").with(as(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("page test")))
			.andExpect(content().string(containsString("2030-02-06")))
			.andExpect(content().string(containsString(ADMIN.username())))
			.andExpect(content().string(not(containsString("??"))));
		mvc.perform(get("/api/v1/calendar/652300/days/2030-02-05")).andExpect(jsonPath("$.workingDay").value(false));
		mvc.perform(get("/api/v1/calendar/110000/days/2030-02-05")).andExpect(jsonPath("$.workingDay").value(true));

		mvc.perform(post("/admin/calendar").with(csrf())
			.with(as(ADMIN))
			.param("scope", "650100")
			.param("year", "2030")
			.param("days", "2030-02-05,maybe,x\n2030-13-01,off,x"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("范围应为 CN 或自治区、省的代码")))
			.andExpect(content().string(containsString("以下行无法识别：[1, 2]")));
		mvc.perform(get("/admin/calendar/CN/1999").with(as(ADMIN))).andExpect(status().isNotFound());
	}

}
