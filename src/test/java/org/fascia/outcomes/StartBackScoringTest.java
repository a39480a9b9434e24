package org.fascia.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fascia.outcomes.Responses.startBack;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** STarT Back (Hill 2008): total, psychosocial subscale (items 5-9), item 9 scoring and the risk-group boundaries. */
class StartBackScoringTest {

	@ParameterizedTest(name = "q1-q8 {0}, q9 {1}: total {2}, subscale {3}, {4}")
	@CsvSource({
			// nothing agreed
			"00000000, not_at_all, 0, 0, low",
			// item 9 counts only for very much / extremely
			"00000000, slightly,   0, 0, low",
			"00000000, moderately, 0, 0, low",
			"00000000, very_much,  1, 1, low",
			"00000000, extremely,  1, 1, low",
			// total boundary 3 / 4 with a low subscale
			"11100000, moderately, 3, 0, low",
			"11110000, moderately, 4, 0, medium",
			"11100000, very_much,  4, 1, medium",
			// subscale boundary 3 / 4
			"00001110, not_at_all, 3, 3, low",
			"11101110, not_at_all, 6, 3, medium",
			"00001111, not_at_all, 4, 4, high",
			"00001110, extremely,  4, 4, high",
			// everything
			"11111111, extremely,  9, 5, high",
			"11110000, not_at_all, 4, 0, medium",
			"11111110, slightly,   7, 3, medium" })
	void scoresTotalSubscaleAndRisk(String digits, String q9, int total, int subscale, String risk) {
		Score score = Scoring.score(Instrument.STARTBACK, startBack(digits, q9));
		assertThat(score.score()).isEqualByComparingTo(String.valueOf(total));
		assertThat(score.subscale()).isEqualTo(subscale);
		assertThat(score.riskGroup()).isEqualTo(risk);
		assertThat(score.band()).isNull();
	}

	static Stream<Arguments> refused() {
		Map<String, Object> missingQ4 = startBack("11111111", "slightly");
		missingQ4.remove("q4");
		Map<String, Object> missingQ9 = startBack("11111111", "slightly");
		missingQ9.remove("q9");
		Map<String, Object> numberForQ1 = startBack("11111111", "slightly");
		numberForQ1.put("q1", 1);
		Map<String, Object> numberForQ9 = startBack("11111111", "slightly");
		numberForQ9.put("q9", 3);
		return Stream.of(Arguments.of("q4 missing", missingQ4, "q4"), Arguments.of("q9 missing", missingQ9, "q9"),
				Arguments.of("q9 not a code", startBack("11111111", "a_lot"), "q9"),
				Arguments.of("q9 as a number", numberForQ9, "q9"), Arguments.of("q1 as a number", numberForQ1, "q1"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refused")
	void refusesNamingTheItem(String name, Map<String, Object> answers, String item) {
		assertThatThrownBy(() -> Scoring.score(Instrument.STARTBACK, answers))
			.isInstanceOfSatisfying(ScoringError.class, error -> assertThat(error.item()).isEqualTo(item));
	}

}
