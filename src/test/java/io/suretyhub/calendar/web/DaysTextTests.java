package io.suretyhub.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.suretyhub.calendar.internal.DayEntry;
import org.junit.jupiter.api.Test;

class DaysTextTests {

	@Test
	void readsCommaAndSpaceSeparatedLinesInEitherLanguage() {
		List<Integer> bad = new ArrayList<>();
		var days = DaysText.parse("2027-01-01,off,元旦\r\n\n2027-02-07 班 春节\n2027-02-08，休，春节 假期\n", bad);
		assertThat(bad).isEmpty();
		assertThat(days).containsExactly(new DayEntry(LocalDate.of(2027, 1, 1), "元旦", true),
				new DayEntry(LocalDate.of(2027, 2, 7), "春节", false),
				new DayEntry(LocalDate.of(2027, 2, 8), "春节 假期", true));
		assertThat(DaysText.parse(DaysText.format(days), bad)).isEqualTo(days);
	}

	@Test
	void namesTheLinesItCannotRead() {
		List<Integer> bad = new ArrayList<>();
		DaysText.parse("2027-01-01,off\n2027-01-01,holiday,元旦\n27-1-1,off,元旦\n2027-01-02,work,x", bad);
		assertThat(bad).containsExactly(1, 2, 3);
	}

}
