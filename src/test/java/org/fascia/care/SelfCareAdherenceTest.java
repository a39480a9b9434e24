package org.fascia.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Adherence = ticked days / prescribed days so far. Dates are relative to "today", Wednesday
 * 2026-11-25; ticks are given as days back from today (0 = today).
 */
class SelfCareAdherenceTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			# case                                      | start back | end back | days/wk | ticks (days back) | active | prescribed | done | percent
			daily, started today, not ticked            | 0          | -        | 7       | -                 | 1      | 1          | 0    | 0
			daily, started today, ticked                | 0          | -        | 7       | 0                 | 1      | 1          | 1    | 100
			daily for a week, 5 ticked                  | 6          | -        | 7       | 0 1 2 4 6         | 7      | 7          | 5    | 71
			started mid-week (Monday), daily, 2 ticked  | 2          | -        | 7       | 0 1               | 3      | 3          | 2    | 67
			started mid-week (Monday), 3 a week         | 2          | -        | 3       | 1                 | 3      | 1          | 1    | 100
			3 a week, first day: nothing due yet        | 0          | -        | 3       | -                 | 1      | 0          | 0    | -
			3 a week, first day ticked: still not due   | 0          | -        | 3       | 0                 | 1      | 0          | 0    | -
			3 a week over a week, 2 ticked              | 6          | -        | 3       | 0 3               | 7      | 3          | 2    | 67
			3 a week, extra days never pass 100%        | 6          | -        | 3       | 0 1 2 3 4 5 6     | 7      | 3          | 3    | 100
			3 a week vs daily over 2 weeks, same ticks  | 13         | -        | 3       | 0 2 4 6 8 10      | 14     | 6          | 6    | 100
			daily over 2 weeks, same ticks              | 13         | -        | 7       | 0 2 4 6 8 10      | 14     | 14         | 6    | 43
			5 a week over 10 days (half up)             | 9          | -        | 5       | 0 1 2 3 4 5 6     | 10     | 7          | 7    | 100
			ended program: counts stop at the end       | 13         | 7        | 7       | 7 8 9 10 11 12 13 | 7      | 7          | 7    | 100
			ended program: later ticks do not count     | 13         | 7        | 7       | 0 1 2 8           | 7      | 7          | 1    | 14
			ended yesterday, daily, 1 day long          | 1          | 1        | 7       | 1                 | 1      | 1          | 1    | 100
			starts tomorrow: nothing yet                | -1         | -        | 7       | -                 | 0      | 0          | 0    | -
			ticks before the start do not count        | 2          | -        | 7       | 0 3 4             | 3      | 3          | 1    | 33
			""")
	void adherence(String name, int startBack, Integer endBack, int daysPerWeek, String ticks, long active,
			long prescribed, long done, Integer percent) {
		LocalDate start = TODAY.minusDays(startBack);
		LocalDate end = endBack == null ? null : TODAY.minusDays(endBack);
		List<LocalDate> ticked = new ArrayList<>();
		if (ticks != null) {
			for (String back : ticks.trim().split("\\s+")) {
				ticked.add(TODAY.minusDays(Integer.parseInt(back)));
			}
		}
		SelfCareAdherence.Result result = SelfCareAdherence.of(start, end, daysPerWeek, ticked, TODAY);
		assertThat(result.activeDays()).as("active days").isEqualTo(active);
		assertThat(result.prescribedDays()).as("prescribed days").isEqualTo(prescribed);
		assertThat(result.doneDays()).as("done days").isEqualTo(done);
		assertThat(result.percent()).as("percent").isEqualTo(percent);
	}

	@Test
	void aDayTickedTwiceCountsOnce() {
		SelfCareAdherence.Result result = SelfCareAdherence.of(TODAY.minusDays(1), null, 7, List.of(TODAY, TODAY), TODAY);
		assertThat(result.doneDays()).isEqualTo(1);
		assertThat(result.counts(org.fascia.platform.Words.standalone())).isEqualTo("1 of 2 prescribed days");
	}

	@Test
	void combinedAddsTheCounts() {
		SelfCareAdherence.Result daily = SelfCareAdherence.of(TODAY.minusDays(6), null, 7,
				List.of(TODAY, TODAY.minusDays(1)), TODAY);
		SelfCareAdherence.Result thrice = SelfCareAdherence.of(TODAY.minusDays(6), null, 3, List.of(TODAY), TODAY);
		SelfCareAdherence.Result notYet = SelfCareAdherence.of(TODAY.plusDays(3), null, 7, List.of(), TODAY);
		SelfCareAdherence.Result all = SelfCareAdherence.combined(List.of(daily, thrice, notYet));
		assertThat(all.prescribedDays()).isEqualTo(10);
		assertThat(all.doneDays()).isEqualTo(3);
		assertThat(all.percent()).isEqualTo(30);
		assertThat(all.counts(org.fascia.platform.Words.standalone())).isEqualTo("3 of 10 prescribed days");
		assertThat(SelfCareAdherence.combined(List.of()).percent()).isNull();
	}

	@Test
	void daysPerWeekIsOneToSeven() {
		assertThatThrownBy(() -> SelfCareAdherence.of(TODAY, null, 0, List.of(), TODAY))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SelfCareAdherence.of(TODAY, null, 8, List.of(), TODAY))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
