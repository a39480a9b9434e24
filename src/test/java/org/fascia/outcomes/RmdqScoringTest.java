package org.fascia.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fascia.outcomes.Responses.rmdq;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** RMDQ (Roland &amp; Fairbank 2000): the number of statements ticked, 0-24, every item answered. */
class RmdqScoringTest {

	@ParameterizedTest(name = "{0} ticked")
	@ValueSource(ints = { 0, 1, 4, 12, 20, 23, 24 })
	void countsTheTickedStatements(int ticked) {
		assertThat(Scoring.score(Instrument.RMDQ, rmdq(ticked)).score()).isEqualByComparingTo(String.valueOf(ticked));
	}

	@org.junit.jupiter.api.Test
	void whichStatementsAreTickedDoesNotMatterOnlyHowMany() {
		Map<String, Object> answers = rmdq(0);
		answers.put("q24", true);
		answers.put("q7", true);
		assertThat(Scoring.score(Instrument.RMDQ, answers).score()).isEqualByComparingTo("2");
	}

	static Stream<Arguments> refused() {
		Map<String, Object> missing = rmdq(3);
		missing.remove("q17");
		Map<String, Object> nullItem = rmdq(3);
		nullItem.put("q1", null);
		Map<String, Object> number = rmdq(3);
		number.put("q5", 1);
		Map<String, Object> unknown = rmdq(3);
		unknown.put("q25", true);
		return Stream.of(Arguments.of("q17 missing", missing, "q17"), Arguments.of("q1 null", nullItem, "q1"),
				Arguments.of("q5 a number, not a boolean", number, "q5"), Arguments.of("q25 does not exist", unknown, "q25"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("refused")
	void refusesNamingTheItem(String name, Map<String, Object> answers, String item) {
		assertThatThrownBy(() -> Scoring.score(Instrument.RMDQ, answers))
			.isInstanceOfSatisfying(ScoringError.class, error -> assertThat(error.item()).isEqualTo(item));
	}

}
