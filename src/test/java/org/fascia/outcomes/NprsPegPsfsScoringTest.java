package org.fascia.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fascia.outcomes.Responses.of;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three built-ins with text: NPRS (the answer), PEG (mean of 3, one decimal, half-up on the exact mean: the
 * mean of three whole numbers is n, n.333... or n.666..., so it becomes n.0, n.3 or n.7), PSFS (mean of the rated
 * activities, 1 to 3).
 */
class NprsPegPsfsScoringTest {

	@ParameterizedTest(name = "NPRS {0}")
	@CsvSource({ "0", "1", "7", "10" })
	void nprsIsTheAnswer(int pain) {
		assertThat(Scoring.score(Instrument.NPRS, of("pain", pain)).score()).isEqualByComparingTo(String.valueOf(pain));
	}

	@ParameterizedTest(name = "PEG {0}, {1}, {2} = {3}")
	@CsvSource({ "0, 0, 0, 0.0", "10, 10, 10, 10.0", "4, 4, 5, 4.3", "4, 5, 5, 4.7", "1, 0, 0, 0.3", "2, 0, 0, 0.7",
			"7, 6, 5, 6.0", "9, 10, 10, 9.7", "0, 0, 1, 0.3" })
	void pegIsTheMeanToOneDecimalHalfUp(int pain, int enjoyment, int activity, String mean) {
		Score score = Scoring.score(Instrument.PEG, of("pain", pain, "enjoyment", enjoyment, "activity", activity));
		assertThat(score.score()).isEqualByComparingTo(mean);
		assertThat(score.score().scale()).isEqualTo(1);
	}

	static Stream<Arguments> psfs() {
		return Stream.of(Arguments.of("one activity", of("activity1_name", "Gardening", "activity1", 3), "3.0"),
				Arguments.of("one activity, later round without names", of("activity1", 7), "7.0"),
				Arguments.of("two activities", of("activity1", 3, "activity2", 6), "4.5"),
				Arguments.of("three activities", of("activity1_name", "Gardening", "activity1", 3, "activity2_name", "Lifting my son",
						"activity2", 4, "activity3_name", "Running", "activity3", 6), "4.3"),
				Arguments.of("three activities, 2 + 2 + 3 = 7/3 = 2.3", of("activity1", 2, "activity2", 2, "activity3", 3), "2.3"),
				Arguments.of("three activities, 0 + 0 + 2 = 0.7", of("activity1", 0, "activity2", 0, "activity3", 2), "0.7"),
				Arguments.of("activities 1 and 3 (2 left out)", of("activity1", 10, "activity3", 9), "9.5"));
	}

	@ParameterizedTest(name = "PSFS {0} = {2}")
	@MethodSource("psfs")
	void psfsIsTheMeanOfTheRatedActivities(String name, Map<String, Object> answers, String mean) {
		assertThat(Scoring.score(Instrument.PSFS, answers).score()).isEqualByComparingTo(mean);
	}

	static Stream<Arguments> refused() {
		return Stream.of(Arguments.of(Instrument.NPRS, of(), "pain"), Arguments.of(Instrument.NPRS, of("pain", 11), "pain"),
				Arguments.of(Instrument.NPRS, of("pain", -1), "pain"), Arguments.of(Instrument.NPRS, of("pain", 4.5), "pain"),
				Arguments.of(Instrument.NPRS, of("pain", "7"), "pain"), Arguments.of(Instrument.NPRS, of("pain", 3, "mood", 2), "mood"),
				Arguments.of(Instrument.PEG, of("pain", 4, "activity", 5), "enjoyment"),
				Arguments.of(Instrument.PEG, of("pain", 4, "enjoyment", 12, "activity", 5), "enjoyment"),
				Arguments.of(Instrument.PSFS, of(), "activity1"),
				Arguments.of(Instrument.PSFS, of("activity1_name", "Gardening"), "activity1"),
				Arguments.of(Instrument.PSFS, of("activity1", 3, "activity2_name", "Lifting"), "activity2"),
				Arguments.of(Instrument.PSFS, of("activity1", 3, "activity3", 11), "activity3"),
				Arguments.of(Instrument.PSFS, of("activity4", 3), "activity4"));
	}

	@ParameterizedTest(name = "{0} {1} names {2}")
	@MethodSource("refused")
	void incompleteOrOutOfRangeAnswersNameTheItem(Instrument instrument, Map<String, Object> answers, String item) {
		assertThatThrownBy(() -> Scoring.score(instrument, answers))
			.isInstanceOfSatisfying(ScoringError.class, error -> assertThat(error.item()).isEqualTo(item));
	}

}
