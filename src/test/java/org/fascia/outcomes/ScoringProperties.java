package org.fascia.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Invariants of the scoring over any valid response. */
class ScoringProperties {

	@Property
	void odiIsAlwaysBetween0And100WithOneDecimal(@ForAll("odiResponses") Map<String, Object> answers) {
		Score score = Scoring.score(Instrument.ODI, answers);
		assertThat(score.score()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
		assertThat(score.score().scale()).isEqualTo(1);
		assertThat(score.band()).isNotNull();
	}

	@Property
	void startBackSubscaleNeverExceedsTheTotalAndHighRiskMeansSubscaleFour(
			@ForAll @Size(8) List<Boolean> agreed, @ForAll("bothersomeness") String q9) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 0; i < 8; i++) {
			answers.put("q" + (i + 1), agreed.get(i));
		}
		answers.put("q9", q9);
		Score score = Scoring.score(Instrument.STARTBACK, answers);
		assertThat(score.subscale()).isBetween(0, 5).isLessThanOrEqualTo(score.score().intValue());
		assertThat(score.score().intValue()).isBetween(0, 9);
		assertThat(score.riskGroup().equals("high")).isEqualTo(score.subscale() >= 4);
	}

	@Property
	void pegStaysOnTheScaleAndWithinAHalfTenthOfTheExactMean(@ForAll @IntRange(max = 10) int pain,
			@ForAll @IntRange(max = 10) int enjoyment, @ForAll @IntRange(max = 10) int activity) {
		BigDecimal peg = Scoring.score(Instrument.PEG, Responses.of("pain", pain, "enjoyment", enjoyment, "activity", activity))
			.score();
		double exact = (pain + enjoyment + activity) / 3.0;
		assertThat(Math.abs(peg.doubleValue() - exact)).isLessThanOrEqualTo(0.05);
	}

	@Property
	void aScoreNeverChangesAgainstItself(@ForAll @IntRange(max = 100) int odi) {
		BigDecimal score = BigDecimal.valueOf(odi);
		assertThat(Change.status(Instrument.ODI, score, score).status()).isEqualTo(ChangeStatus.NO_CHANGE);
	}

	@Provide
	Arbitrary<Map<String, Object>> odiResponses() {
		Arbitrary<Object> section = Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 5).map(n -> (Object) n)),
				net.jqwik.api.Tuple.of(1, Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 5))
					.as((a, b) -> (Object) List.of(a, b))));
		Arbitrary<Integer> skipped = Arbitraries.integers().between(0, 2);
		return Combinators.combine(section.list().ofSize(10), skipped, Arbitraries.integers().between(0, 9)).as((values, skip, from) -> {
			Map<String, Object> answers = new LinkedHashMap<>();
			for (int i = 0; i < 10; i++) {
				boolean skip2 = i >= from && i < from + skip;
				if (!skip2) {
					answers.put("s" + (i + 1), values.get(i));
				}
			}
			return answers;
		}).filter(answers -> answers.size() >= 8);
	}

	@Provide
	Arbitrary<String> bothersomeness() {
		return Arbitraries.of(Instrument.Item.BOTHERSOMENESS);
	}

}
