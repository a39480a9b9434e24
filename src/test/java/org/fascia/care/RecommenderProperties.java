package org.fascia.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.fascia.care.RecommendationRequest.Experience;
import org.fascia.care.RecommendationRequest.Goal;
import org.fascia.care.RecommendationRequest.Pressure;
import org.fascia.care.RecommendationRequest.Sensitivity;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class RecommenderProperties {

	private static final List<String> OTHER = List.of("MODERATE_PRESSURE_MAX", "NO_AGGRESSIVE_LUMBAR_PRESSURE",
			"WATCH_BRUISING", "NO_SPINAL_MANIPULATION", "NO_PRONE_POSITION");

	@Property
	void lightOnlyCautionsNeverYieldDeepWork(@ForAll @IntRange(min = 0, max = 2000) int days, @ForAll Goal goal,
			@ForAll Pressure p, @ForAll Experience e, @ForAll Sensitivity s, @ForAll("lightOnly") List<String> cautions) {
		Recommendation r = Recommender.recommend(new RecommendationRequest(days, goal, p, e, s, cautions));
		List<Approach> all = new ArrayList<>();
		all.add(r.approach());
		r.alternatives().forEach(a -> all.add(a.approach()));
		assertThat(all).doesNotContain(Approach.DEEP_TISSUE, Approach.TRIGGER_POINT);
		assertThat(Stream.concat(r.reasons().stream(), r.alternatives().stream().map(Recommendation.Alternative::why)))
			.noneMatch(t -> t.toLowerCase().contains("deep tissue") || t.toLowerCase().contains("trigger-point"));
		assertThat(r.evidenceNote()).contains("Cherkin 2011");
	}

	@Property
	void everyAnswerHasReasonsAlternativesAndTheEvidenceNote(@ForAll @IntRange(min = 0, max = 2000) int days,
			@ForAll Goal goal, @ForAll Pressure p, @ForAll Experience e, @ForAll Sensitivity s) {
		Recommendation r = Recommender.recommend(new RecommendationRequest(days, goal, p, e, s, List.of()));
		assertThat(r.reasons()).isNotEmpty();
		assertThat(r.alternatives()).isNotEmpty();
		assertThat(r.evidenceNote()).isEqualTo(Recommender.EVIDENCE_NOTE);
		if (days > 84) {
			assertThat(r.reasons()).anyMatch(t -> t.contains("NICE NG59"));
		}
	}

	@Provide
	Arbitrary<List<String>> lightOnly() {
		Arbitrary<String> must = Arbitraries.of("NO_DEEP_PRESSURE", "LIGHT_PRESSURE_ONLY");
		Arbitrary<List<String>> others = Arbitraries.of(OTHER).list().ofMaxSize(3);
		return must.list().ofMinSize(1).ofMaxSize(2).flatMap(m -> others.map(o -> {
			List<String> all = new ArrayList<>(o);
			all.addAll(m);
			java.util.Collections.shuffle(all, new java.util.Random(all.size()));
			return all;
		}));
	}
}
