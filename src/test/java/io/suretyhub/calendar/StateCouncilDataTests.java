package io.suretyhub.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.suretyhub.shared.AreaCode;
import io.suretyhub.testing.CalendarObligationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every day of 2020–2026 through the public endpoint, against a verbatim copy of the State Council data
 * ({@code src/test/resources/holiday-cn/}, the shared data set's own format), and Xinjiang's days
 * against the regional notices' weekdays off (R-TIME-1).
 */
@CalendarObligationTest
class StateCouncilDataTests {

	/** The weekdays Xinjiang's notices give off beyond the national arrangement (docs/calendar.md). */
	static final Set<LocalDate> XINJIANG_WEEKDAYS_OFF = Stream
		.of("2022-05-05", "2022-07-11", "2022-07-12", "2022-07-13", "2023-04-21", "2023-06-28", "2023-06-29",
				"2023-06-30", "2024-04-10", "2024-06-17", "2024-06-18", "2024-06-19", "2025-03-31", "2025-06-06",
				"2025-06-09", "2025-06-10", "2026-03-20", "2026-05-27", "2026-05-28", "2026-05-29")
		.map(LocalDate::parse)
		.collect(java.util.stream.Collectors.toSet());

	static final Map<LocalDate, JsonNode> STATE_COUNCIL = new HashMap<>();

	@Autowired
	MockMvc mvc;

	@Autowired
	WorkingCalendar calendar;

	@Autowired
	JsonMapper json;

	@BeforeAll
	static void readSharedData() throws IOException {
		var mapper = JsonMapper.builder().build();
		for (int year = 2020; year <= 2026; year++) {
			try (InputStream in = new ClassPathResource("holiday-cn/" + year + ".json").getInputStream()) {
				mapper.readTree(in).get("days").forEach(day -> STATE_COUNCIL.put(LocalDate.parse(day.get("date").asString()), day));
			}
		}
	}

	static IntStream years() {
		return IntStream.rangeClosed(2020, 2026);
	}

	@ParameterizedTest(name = "R-TIME-1: every day of {0} agrees with the State Council data")
	@MethodSource("years")
	void everyDayAgreesWithTheStateCouncil(int year) throws Exception {
		List<String> wrong = new ArrayList<>();
		for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
			JsonNode listed = STATE_COUNCIL.get(day);
			boolean working = listed == null ? !weekend(day) : !listed.get("isOffDay").asBoolean();
			String name = listed == null ? null : listed.get("name").asString();
			String body = mvc.perform(get("/api/v1/calendar/110000/days/{date}", day)).andReturn().getResponse()
				.getContentAsString();
			JsonNode answer = json.readTree(body);
			if (answer.get("workingDay").asBoolean() != working || !String.valueOf(name).equals(text(answer.get("name")))
					|| answer.get("provisional").asBoolean()) {
				wrong.add(day + " " + body);
			}
		}
		assertThat(wrong).isEmpty();
	}

	@ParameterizedTest(name = "R-TIME-1: in Xinjiang {0} is the national calendar plus the region's festivals")
	@MethodSource("years")
	void xinjiangAddsItsFestivals(int year) {
		List<String> wrong = new ArrayList<>();
		for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
			boolean national = calendar.day(AreaCode.of("110000"), day).workingDay();
			var xinjiang = calendar.day(AreaCode.of("653101"), day);
			if (xinjiang.workingDay() != (national && !XINJIANG_WEEKDAYS_OFF.contains(day))) {
				wrong.add(day.toString());
			}
			if (xinjiang.provisional() != (year < 2022)) {
				wrong.add(day + " provisional");
			}
		}
		assertThat(wrong).isEmpty();
	}

	private static boolean weekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

	private static String text(JsonNode node) {
		return node == null || node.isNull() ? "null" : node.asString();
	}

}
