package org.fascia.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fascia.outcomes.OutcomeChartFixture.WORDS;
import static org.fascia.outcomes.OutcomeChartFixture.nprs;
import static org.fascia.outcomes.OutcomeChartFixture.psfs;
import static org.fascia.outcomes.OutcomeChartFixture.rmdq;

import java.util.List;
import java.util.stream.Stream;

import org.fascia.outcomes.OutcomeChart.Data;
import org.fascia.outcomes.OutcomeChart.Trend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The two captions and the trend behind them, case by case against OUTCOMES.md's MCIDs. */
class OutcomeChartCaptionTest {

	static Stream<Arguments> clientCases() {
		return Stream.of(
				Arguments.of("drop of 3 from 7: meaningful", nprs(7, 5, 4), Trend.IMPROVED,
						"Your pain has dropped from 7 to 4 since you started \u2014 a meaningful improvement."),
				Arguments.of("drop of 2 from 7: the points rule", nprs(7, 5), Trend.IMPROVED,
						"Your pain has dropped from 7 to 5 since you started \u2014 a meaningful improvement."),
				Arguments.of("drop of 1 from 7: not meaningful", nprs(7, 6), Trend.ABOUT_THE_SAME,
						"Your pain is now 6 (7 when you started) \u2014 about the same as when you started."),
				Arguments.of("30% rule from baseline 5: drop to 3.5", nprs(5, 3.5), Trend.IMPROVED,
						"Your pain has dropped from 5 to 3.5 since you started \u2014 a meaningful improvement."),
				Arguments.of("just short of 30% from 5", nprs(5, 3.6), Trend.ABOUT_THE_SAME,
						"Your pain is now 3.6 (5 when you started) \u2014 about the same as when you started."),
				Arguments.of("worse by 2", nprs(5, 6, 7), Trend.WORSE,
						"Your pain is now 7, higher than when you started (5) \u2014 please tell your therapist."),
				Arguments.of("up by 1 is not worse", nprs(5, 6), Trend.ABOUT_THE_SAME,
						"Your pain is now 6 (5 when you started) \u2014 about the same as when you started."),
				Arguments.of("all equal", nprs(7, 7, 7), Trend.ABOUT_THE_SAME,
						"Your pain is 7, about the same as when you started."),
				Arguments.of("baseline 0 stays 0", nprs(0, 0), Trend.ABOUT_THE_SAME,
						"Your pain is 0, about the same as when you started."),
				Arguments.of("baseline 0 rising by 2", nprs(0, 2), Trend.WORSE,
						"Your pain is now 2, higher than when you started (0) \u2014 please tell your therapist."),
				Arguments.of("a score at the top bound", nprs(8, 10), Trend.WORSE,
						"Your pain is now 10, higher than when you started (8) \u2014 please tell your therapist."),
				Arguments.of("one score", nprs(7), Trend.ABOUT_THE_SAME,
						"Your pain score was 7 when you started. The next scores will show how it changes."),
				Arguments.of("higher is better: PSFS up 3", psfs(3, 6), Trend.IMPROVED,
						"Your ability to do your activities has risen from 3 to 6 since you started \u2014 a meaningful improvement."),
				Arguments.of("higher is better: PSFS down 2", psfs(6, 4), Trend.WORSE,
						"Your ability to do your activities is now 4, lower than when you started (6) \u2014 please tell your therapist."),
				Arguments.of("RMDQ fall of 4 from 12 passes 30%", rmdq(12, 8), Trend.IMPROVED,
						"Your back-related disability score has dropped from 12 to 8 since you started \u2014 a meaningful improvement."),
				Arguments.of("RMDQ fall of 3 from 12 does not", rmdq(12, 9), Trend.ABOUT_THE_SAME,
						"Your back-related disability score is now 9 (12 when you started) \u2014 about the same as when you started."));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("clientCases")
	void clientCaptionInPlainLanguage(String name, Data data, Trend trend, String caption) {
		assertThat(OutcomeChart.trend(data)).isEqualTo(trend);
		assertThat(OutcomeChart.clientCaption(data, WORDS)).isEqualTo(caption);
	}

	static Stream<Arguments> therapistCases() {
		return Stream.of(
				Arguments.of(nprs(7, 5, 4), "Pain (NPRS): baseline 7, latest 4 on 16 Mar 2026; change \u22123 points "
						+ "(\u221242.9%). MCID (a fall of 2 points or 30% of baseline) reached. 0 sessions."),
				Arguments.of(nprs(7, 6), "Pain (NPRS): baseline 7, latest 6 on 9 Mar 2026; change \u22121 point "
						+ "(\u221214.3%). MCID (a fall of 2 points or 30% of baseline) not reached (needs 5 or lower). 0 sessions."),
				Arguments.of(nprs(5, 3.5), "Pain (NPRS): baseline 5, latest 3.5 on 9 Mar 2026; change \u22121.5 points "
						+ "(\u221230%). MCID (a fall of 2 points or 30% of baseline) reached. 0 sessions."),
				Arguments.of(nprs(5, 7), "Pain (NPRS): baseline 5, latest 7 on 9 Mar 2026; change +2 points (+40%). "
						+ "Worse by the MCID (a rise of 2 points or more). 0 sessions."),
				Arguments.of(nprs(0, 0), "Pain (NPRS): baseline 0, latest 0 on 9 Mar 2026; change 0 points "
						+ "(relative change undefined from a baseline of 0). MCID (a fall of 2 points or 30% of baseline) "
						+ "not reached: no room to improve from this baseline. 0 sessions."),
				Arguments.of(nprs(), "Pain (NPRS): no scores yet. 0 sessions."),
				Arguments.of(rmdq(12, 9), "Roland-Morris (RMDQ): baseline 12, latest 9 on 9 Mar 2026; change \u22123 points "
						+ "(\u221225%). MCID (a fall of 5 points or 30% of baseline) not reached (needs 8.4 or lower). "
						+ "0 sessions. Insensitive to change below 4 and above 20."));
	}

	@ParameterizedTest
	@MethodSource("therapistCases")
	void therapistCaptionWithNumbers(Data data, String caption) {
		assertThat(OutcomeChart.therapistCaption(data, WORDS)).isEqualTo(caption);
	}

	@Test
	void theTherapistCaptionCountsSessions() {
		Data course = OutcomeChartFixture.nprsCourse();
		assertThat(OutcomeChart.therapistCaption(course, WORDS)).isEqualTo("Pain (NPRS): baseline 7, latest 4 on 6 Apr 2026; "
				+ "change \u22123 points (\u221242.9%). MCID (a fall of 2 points or 30% of baseline) reached. 5 sessions.");
	}

	@Test
	void noScoresYet() {
		assertThat(OutcomeChart.trend(nprs())).isNull();
		assertThat(OutcomeChart.clientCaption(nprs(), WORDS)).isEqualTo("No scores yet: your chart appears after your first one.");
	}

	@Test
	void aGivenBaselineIsUsedEvenWithOneScore() {
		Data data = new Data("Pain (NPRS)", "pain", 0, 10, true, 7.0, OutcomeChartFixture.NPRS_MCID, null,
				OutcomeChartFixture.weekly(4), List.of(), List.of(), OutcomeChartFixture.LONDON);
		assertThat(OutcomeChart.clientCaption(data, WORDS))
			.isEqualTo("Your pain has dropped from 7 to 4 since you started \u2014 a meaningful improvement.");
	}

	@Test
	void theTableHasOneRowPerScoreWithChangeAndSessionDays() {
		OutcomeChart.Table table = OutcomeChart.dataTable(OutcomeChartFixture.nprsCourse(), WORDS);
		assertThat(table.caption())
			.isEqualTo("Pain (NPRS): each score, its change from baseline (7) and whether it was a session day");
		assertThat(table.rows()).extracting(OutcomeChart.Row::dateLabel, OutcomeChart.Row::score,
				OutcomeChart.Row::change, OutcomeChart.Row::session)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("2 Mar 2026", "7", "0", false),
					org.assertj.core.groups.Tuple.tuple("9 Mar 2026", "6", "\u22121", true),
					org.assertj.core.groups.Tuple.tuple("16 Mar 2026", "6", "\u22121", true),
					org.assertj.core.groups.Tuple.tuple("23 Mar 2026", "5", "\u22122", true),
					org.assertj.core.groups.Tuple.tuple("30 Mar 2026", "4", "\u22123", true),
					org.assertj.core.groups.Tuple.tuple("6 Apr 2026", "4", "\u22123", true));
	}

}
