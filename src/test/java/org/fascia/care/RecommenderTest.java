package org.fascia.care;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.fascia.care.RecommendationRequest.Experience;
import org.fascia.care.RecommendationRequest.Goal;
import org.fascia.care.RecommendationRequest.Pressure;
import org.fascia.care.RecommendationRequest.Sensitivity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecommenderTest {

	private static Recommendation rec(int days, Goal goal, Pressure p, Experience e, Sensitivity s, String... cautions) {
		return Recommender.recommend(new RecommendationRequest(days, goal, p, e, s, List.of(cautions)));
	}

	@ParameterizedTest(name = "{0} days, {1}, {2}, {3}, {4} -> {5}")
	@CsvSource({
			"100, RELIEF, FIRM, REGULAR, NORMAL, DEEP_TISSUE",
			"100, RELIEF, MEDIUM, REGULAR, NORMAL, MYOFASCIAL_RELEASE",
			"100, RELIEF, LIGHT, REGULAR, NORMAL, SWEDISH",
			"60, RELAXATION, FIRM, REGULAR, NORMAL, SWEDISH",
			"10, RELAXATION, LIGHT, NONE, HIGH, SWEDISH",
			"100, MOBILITY, MEDIUM, SOME, NORMAL, ASSISTED_STRETCHING",
			"100, MOBILITY, FIRM, SOME, NORMAL, MYOFASCIAL_RELEASE",
			"100, RETURN_TO_ACTIVITY, FIRM, REGULAR, LOW, TRIGGER_POINT",
			"60, RETURN_TO_ACTIVITY, LIGHT, SOME, NORMAL, ASSISTED_STRETCHING",
			"100, RELIEF, FIRM, REGULAR, HIGH, MYOFASCIAL_RELEASE",
			"100, RELIEF, FIRM, NONE, NORMAL, MYOFASCIAL_RELEASE",
			"10, RELIEF, FIRM, REGULAR, NORMAL, MYOFASCIAL_RELEASE",
			"41, RETURN_TO_ACTIVITY, FIRM, REGULAR, NORMAL, MYOFASCIAL_RELEASE",
			"42, RETURN_TO_ACTIVITY, FIRM, REGULAR, NORMAL, TRIGGER_POINT" })
	void approachFollowsGoalPreferenceAndTolerance(int days, Goal goal, Pressure p, Experience e, Sensitivity s,
			Approach expected) {
		Recommendation r = rec(days, goal, p, e, s);
		assertThat(r.approach()).isEqualTo(expected);
		assertThat(r.reasons()).isNotEmpty();
		assertThat(r.alternatives()).isNotEmpty().noneMatch(a -> a.approach() == expected);
		assertThat(r.wouldChange()).isNotEmpty();
	}

	@Test
	void durationBoundaries() {
		assertThat(new RecommendationRequest(41, Goal.RELIEF, Pressure.LIGHT, Experience.SOME, Sensitivity.NORMAL, null).duration())
			.isEqualTo(RecommendationRequest.Duration.ACUTE);
		assertThat(new RecommendationRequest(42, Goal.RELIEF, Pressure.LIGHT, Experience.SOME, Sensitivity.NORMAL, null).duration())
			.isEqualTo(RecommendationRequest.Duration.SUBACUTE);
		assertThat(new RecommendationRequest(84, Goal.RELIEF, Pressure.LIGHT, Experience.SOME, Sensitivity.NORMAL, null).duration())
			.isEqualTo(RecommendationRequest.Duration.SUBACUTE);
		assertThat(new RecommendationRequest(85, Goal.RELIEF, Pressure.LIGHT, Experience.SOME, Sensitivity.NORMAL, null).duration())
			.isEqualTo(RecommendationRequest.Duration.CHRONIC);
	}

	@Test
	void noDeepPressureWinsOverAFirmPreference() {
		Recommendation r = rec(200, Goal.RELIEF, Pressure.FIRM, Experience.REGULAR, Sensitivity.LOW, "NO_DEEP_PRESSURE");
		assertThat(r.approach()).isEqualTo(Approach.MYOFASCIAL_RELEASE);
		assertThat(r.reasons()).anyMatch(s -> s.contains("gentle pressure only"));
		assertThat(r.alternatives()).extracting(Recommendation.Alternative::approach).containsOnly(Approach.SWEDISH);
	}

	@Test
	void lightPressureOnlyForRelaxationIsSwedish() {
		Recommendation r = rec(200, Goal.RETURN_TO_ACTIVITY, Pressure.FIRM, Experience.REGULAR, Sensitivity.LOW,
				"LIGHT_PRESSURE_ONLY");
		assertThat(r.approach()).isIn(Approach.SWEDISH, Approach.MYOFASCIAL_RELEASE);
	}

	@Test
	void moderateMaxMeansNoDeepTissue() {
		Recommendation r = rec(200, Goal.RELIEF, Pressure.FIRM, Experience.REGULAR, Sensitivity.LOW, "MODERATE_PRESSURE_MAX");
		assertThat(r.approach()).isNotEqualTo(Approach.DEEP_TISSUE);
		assertThat(r.alternatives()).noneMatch(a -> a.approach() == Approach.DEEP_TISSUE);
		assertThat(r.reasons()).anyMatch(s -> s.contains("moderate pressure at most"));
	}

	@Test
	void lumbarCautionIsNamedInTheReasons() {
		Recommendation r = rec(200, Goal.MOBILITY, Pressure.MEDIUM, Experience.SOME, Sensitivity.NORMAL,
				"NO_AGGRESSIVE_LUMBAR_PRESSURE", "NO_SPINAL_MANIPULATION");
		assertThat(r.reasons()).anyMatch(s -> s.contains("lower back"));
	}

	@Test
	void chronicPainAddsTheSelfCareExerciseReason() {
		assertThat(rec(85, Goal.RELAXATION, Pressure.LIGHT, Experience.SOME, Sensitivity.NORMAL).reasons())
			.anyMatch(s -> s.contains("exercises") && s.contains("NICE NG59"));
		assertThat(rec(84, Goal.RELAXATION, Pressure.LIGHT, Experience.SOME, Sensitivity.NORMAL).reasons())
			.noneMatch(s -> s.contains("NICE NG59"));
	}

	@Test
	void evidenceNoteAndSourcesAreAlwaysThere() {
		Recommendation r = rec(5, Goal.RELIEF, Pressure.MEDIUM, Experience.NONE, Sensitivity.LOW);
		assertThat(r.evidenceNote()).contains("Cherkin 2011").contains("Cochrane 2015").contains("NICE NG59");
		assertThat(r.sources()).anyMatch(s -> s.startsWith("Cherkin")).anyMatch(s -> s.contains("Cochrane"));
	}
}
