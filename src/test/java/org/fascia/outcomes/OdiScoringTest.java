package org.fascia.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fascia.outcomes.Responses.odi;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** ODI v2.1a exactly as OUTCOMES.md (Fairbank &amp; Pynsent 2000): skipped sections, double ticks, the 8-section minimum, bands. */
class OdiScoringTest {

	static Stream<Arguments> scored() {
		int[] doubleTick = { 2, 4 };
		return Stream.of(
				Arguments.of("all ten sections 0", odi(0, 0, 0, 0, 0, 0, 0, 0, 0, 0), "0.0", "minimal"),
				Arguments.of("all ten sections 5", odi(5, 5, 5, 5, 5, 5, 5, 5, 5, 5), "100.0", "bed-bound"),
				Arguments.of("ten sections, 20 points = 40.0, top of moderate", odi(2, 2, 2, 2, 2, 2, 2, 2, 2, 2), "40.0", "moderate"),
				Arguments.of("ten sections, 10 points = 20.0, top of minimal", odi(1, 1, 1, 1, 1, 1, 1, 1, 1, 1), "20.0", "minimal"),
				Arguments.of("ten sections, 11 points = 22.0", odi(2, 1, 1, 1, 1, 1, 1, 1, 1, 1), "22.0", "moderate"),
				Arguments.of("OUTCOMES.md example: one section skipped, 16 over nine = 16/45 = 35.6",
						odi(2, 2, 2, 2, 2, 2, 2, 1, 1, null), "35.6", "moderate"),
				Arguments.of("the skipped section may be any one, here s3", odi(2, 2, null, 2, 2, 2, 2, 1, 1, 2), "35.6", "moderate"),
				Arguments.of("two skipped: 16 over eight = 16/40 = 40.0", odi(2, 2, 2, 2, 2, 2, 2, 2, null, null), "40.0", "moderate"),
				Arguments.of("two skipped: 17 over eight = 42.5", odi(3, 2, 2, 2, 2, 2, 2, 2, null, null), "42.5", "severe"),
				Arguments.of("one skipped, 1 point: 1/45 = 2.2 (2.222 rounds down)", odi(1, 0, 0, 0, 0, 0, 0, 0, 0, null), "2.2", "minimal"),
				Arguments.of("one skipped, 5 points: 5/45 = 11.1", odi(5, 0, 0, 0, 0, 0, 0, 0, 0, null), "11.1", "minimal"),
				Arguments.of("one skipped, 7 points: 7/45 = 15.6 (15.555 half-up)", odi(5, 2, 0, 0, 0, 0, 0, 0, 0, null), "15.6", "minimal"),
				Arguments.of("double tick 2 and 4 counts 4", odi(doubleTick, 0, 0, 0, 0, 0, 0, 0, 0, 0), "8.0", "minimal"),
				Arguments.of("double tick given high first", odi(new int[] { 5, 1 }, 0, 0, 0, 0, 0, 0, 0, 0, 0), "10.0", "minimal"),
				Arguments.of("double tick of the same box", odi(new int[] { 3, 3 }, 0, 0, 0, 0, 0, 0, 0, 0, 0), "6.0", "minimal"),
				Arguments.of("double tick in a response with a skipped section", odi(doubleTick, 2, 2, 2, 2, 2, 2, 1, 1, null), "40.0", "moderate"),
				Arguments.of("60.0 is severe", odi(3, 3, 3, 3, 3, 3, 3, 3, 3, 3), "60.0", "severe"),
				Arguments.of("62.0 is crippling", odi(4, 3, 3, 3, 3, 3, 3, 3, 3, 3), "62.0", "crippling"),
				Arguments.of("80.0 is crippling", odi(4, 4, 4, 4, 4, 4, 4, 4, 4, 4), "80.0", "crippling"),
				Arguments.of("82.0 is bed-bound", odi(5, 4, 4, 4, 4, 4, 4, 4, 4, 4), "82.0", "bed-bound"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("scored")
	void scoresAsPublished(String name, Map<String, Object> answers, String index, String band) {
		Score score = Scoring.score(Instrument.ODI, answers);
		assertThat(score.score()).isEqualByComparingTo(index);
		assertThat(score.score().scale()).as("one decimal").isEqualTo(1);
		assertThat(score.band()).isEqualTo(band);
	}

	static Stream<Arguments> refused() {
		return Stream.of(
				Arguments.of("three skipped: not scored", odi(1, 1, 1, 1, 1, 1, 1, null, null, null), null, "7 of 10 sections"),
				Arguments.of("nothing answered: not scored", odi(), null, "0 of 10 sections"),
				Arguments.of("out of range 6", odi(1, 1, 6, 1, 1, 1, 1, 1, 1, 1), "s3", "outside 0 to 5"),
				Arguments.of("negative", odi(1, 1, 1, -1, 1, 1, 1, 1, 1, 1), "s4", "outside 0 to 5"),
				Arguments.of("a fraction", odi(1, 2.5, 1, 1, 1, 1, 1, 1, 1, 1), "s2", "whole number"),
				Arguments.of("a string", odi("3", 1, 1, 1, 1, 1, 1, 1, 1, 1), "s1", "whole number"),
				Arguments.of("double tick out of range", odi(new int[] { 2, 6 }, 1, 1, 1, 1, 1, 1, 1, 1, 1), "s1", "outside 0 to 5"),
				Arguments.of("three ticks", odi(new int[] { 1, 2, 3 }, 1, 1, 1, 1, 1, 1, 1, 1, 1), "s1", "two for a double tick"),
				Arguments.of("unknown item", Responses.of("s11", 2), "s11", "no item"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refused")
	void refusesNamingTheItem(String name, Map<String, Object> answers, String item, String message) {
		assertThatThrownBy(() -> Scoring.score(Instrument.ODI, answers)).isInstanceOfSatisfying(ScoringError.class,
				error -> {
					assertThat(error.item()).isEqualTo(item);
					assertThat(error.getMessage()).contains(message);
				});
	}

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource({ "0.0, minimal", "20.0, minimal", "20.5, moderate", "20.1, moderate", "21.0, moderate", "40.0, moderate",
			"40.1, severe", "60.0, severe", "60.5, crippling", "80.0, crippling", "80.1, bed-bound", "100.0, bed-bound" })
	void aOneDecimalScoreAboveABandsUpperBoundBelongsToTheNextBand(String index, String band) {
		assertThat(Scoring.odiBand(new BigDecimal(index))).isEqualTo(band);
	}

}
