package org.fascia.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every branch of the next-step rule and its boundaries: a rise of exactly 2 (worse) against 1 (not),
 * a fall of 2 or of 30% of the baseline computed without rounding (3 → 2 is 33%: improved; 4 → 3 is 25%:
 * not), 3 sessions (continue) against 4 (review), one improved visit against two in a row, and the
 * interval widening weekly → fortnightly → monthly.
 */
class PlanAdviceTest {

	/** pains: NPRS readings separated by spaces, baseline first ("-" for none). */
	@ParameterizedTest(name = "{0}: planned {1}, done {2}, pains [{3}], red flags {4}, every {5} wk -> {6} {7}")
	@CsvSource({
			"red flags win over everything,        10, 2, 6 3 2,   true,  1, STOP_AND_RESCREEN, ",
			"red flags even without scores,        10, 0, -,       true,  1, STOP_AND_RESCREEN, ",
			"rise of exactly 2 is worse,           10, 2, 5 7,     false, 1, STOP_AND_RESCREEN, ",
			"rise of 1 is not worse,               10, 2, 5 6,     false, 1, CONTINUE, ",
			"worse even when sessions are done,    10, 10, 4 6,    false, 1, STOP_AND_RESCREEN, ",
			"worse beats two improved visits,      10, 5, 7 4 9,   false, 1, STOP_AND_RESCREEN, ",
			"nothing measured yet,                 10, 1, 6,       false, 1, CONTINUE, ",
			"3 sessions without change: continue,  10, 3, 6 6 6,   false, 1, CONTINUE, ",
			"4 sessions without change: review,    10, 4, 6 6 6 5, false, 1, REVIEW, ",
			"6 sessions without change: review,    10, 6, 6 5 6 5, false, 1, REVIEW, ",
			"4 sessions and no scores: review,     10, 4, -,       false, 1, REVIEW, ",
			"one improved visit: continue,         10, 4, 6 6 6 4, false, 1, CONTINUE, ",
			"two in a row: fortnightly,            10, 4, 6 6 4 4, false, 1, WIDEN_INTERVAL, 2",
			"two in a row at fortnightly: monthly, 10, 5, 6 4 3,   false, 2, WIDEN_INTERVAL, 4",
			"two in a row every 3 weeks: monthly,  10, 5, 6 4 3,   false, 3, WIDEN_INTERVAL, 4",
			"two in a row already monthly,         10, 7, 6 4 3,   false, 4, CONTINUE, ",
			"improved then not: review,            10, 4, 6 4 6,   false, 1, REVIEW, ",
			"improved twice but not stable,        10, 3, 8 4 6,   false, 1, CONTINUE, ",
			"fall of exactly 2 counts,             10, 3, 8 6 6,   false, 1, WIDEN_INTERVAL, 2",
			"fall of 1 from 3 is 33%: improved,    10, 3, 3 2 2,   false, 1, WIDEN_INTERVAL, 2",
			"fall of 1 from 4 is 25%: not,         10, 4, 4 3 3,   false, 1, REVIEW, ",
			"fall of 1 from 10 is 10%: not,        10, 3, 10 9 9,  false, 1, CONTINUE, ",
			"done and improved: discharge,         10, 10, 7 5 4,  false, 1, DISCHARGE_WITH_PREVENTION, ",
			"more than planned and improved,       8, 9, 7 5,      false, 2, DISCHARGE_WITH_PREVENTION, ",
			"done without change: review,          10, 10, 7 6 6,  false, 1, REVIEW, ",
			"done without scores: review,          10, 10, -,      false, 1, REVIEW, ",
			"baseline 0 cannot improve,            10, 2, 0 0 0,   false, 1, CONTINUE, " })
	void nextStep(String why, int planned, int done, String pains, boolean redFlags, int interval, PlanStep expected,
			Integer suggested) {
		PlanAdvice.Advice advice = PlanAdvice.next(planned, done, readings(pains), redFlags, interval);
		assertThat(advice.step()).as(why).isEqualTo(expected);
		assertThat(advice.suggestedIntervalWeeks()).as(why).isEqualTo(suggested);
		assertThat(advice.reason()).as(why).isNotBlank();
	}

	@Test
	void theReasonSaysWhyInPlainWords() {
		assertThat(PlanAdvice.next(10, 2, List.of(5, 7), false, 1).reason()).contains("7/10", "up 2 points", "5/10");
		assertThat(PlanAdvice.next(10, 4, List.of(6, 6, 4, 4), false, 1).reason()).contains("every two weeks");
		assertThat(PlanAdvice.next(10, 5, List.of(6, 4, 3), false, 2).reason()).contains("monthly");
		assertThat(PlanAdvice.next(10, 4, List.of(6, 6, 6, 5), false, 1).reason()).contains("consider referral");
		assertThat(PlanAdvice.next(10, 10, List.of(7, 4), false, 1).reason()).contains("prevention");
		assertThat(PlanAdvice.next(10, 1, List.of(), true, 1).reason()).contains("re-screen");
	}

	@ParameterizedTest(name = "baseline {0}, reading {1}: improved {2}, worse {3}")
	@CsvSource({ "10, 8, true, false", "10, 9, false, false", "3, 2, true, false", "4, 3, false, false",
			"2, 1, true, false", "1, 0, true, false", "0, 0, false, false", "5, 7, false, true", "5, 6, false, false",
			"0, 2, false, true", "6, 6, false, false" })
	void theMinimalImportantChange(int baseline, int reading, boolean improved, boolean worse) {
		assertThat(PlanAdvice.improved(baseline, reading)).isEqualTo(improved);
		assertThat(PlanAdvice.worse(baseline, reading)).isEqualTo(worse);
	}

	private static List<Integer> readings(String text) {
		return "-".equals(text.strip()) ? List.of()
				: Arrays.stream(text.strip().split("\\s+")).map(Integer::valueOf).toList();
	}

}
