package org.fascia.care;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Goals are measurable: the target forms a therapist types, each instrument's range, the words shown. */
class PlanGoalTest {

	@ParameterizedTest(name = "{0} {1} \"{2}\" -> {3} {4}")
	@CsvSource(delimiter = '|', value = {
			"INSTRUMENT | NPRS | ≤ 3       | AT_MOST  | 3",
			"INSTRUMENT | NPRS | <= 3      | AT_MOST  | 3",
			"INSTRUMENT | NPRS | 3         | AT_MOST  | 3",
			"INSTRUMENT | NPRS | at most 2 | AT_MOST  | 2",
			"INSTRUMENT | RMDQ | fall of 5 | FALL_BY  | 5",
			"INSTRUMENT | RMDQ | -5        | FALL_BY  | 5",
			"INSTRUMENT | ODI  | 100       | AT_MOST  | 100",
			"INSTRUMENT | PEG  | Fall by 2 | FALL_BY  | 2",
			"PSFS       |      | 7         | AT_LEAST | 7",
			"PSFS       |      | ≥ 7       | AT_LEAST | 7",
			"PSFS       |      | rise of 3 | RISE_BY  | 3" })
	void targets(String kind, String instrument, String target, PlanGoal.Comparison comparison, int value) {
		PlanGoal goal = PlanGoal.parse(kind, instrument, target, "Gardening").goal();
		assertThat(goal).isNotNull();
		assertThat(goal.comparison()).isEqualTo(comparison);
		assertThat(goal.target()).isEqualTo(value);
	}

	@ParameterizedTest(name = "{0} {1} \"{2}\" / \"{3}\" -> error on {4}")
	@CsvSource(delimiter = '|', value = {
			"INSTRUMENT | NPRS  | 11        | x         | target",
			"INSTRUMENT | RMDQ  | 25        | x         | target",
			"INSTRUMENT | NPRS  | fall of 0 | x         | target",
			"INSTRUMENT | NPRS  | soon      | x         | target",
			"INSTRUMENT | NPRS  | ''        | x         | target",
			"INSTRUMENT | PSFS  | 3         | x         | instrument",
			"INSTRUMENT | VAS   | 3         | x         | instrument",
			"PSFS       |       | 7         | ''        | activity",
			"PSFS       |       | 11        | Gardening | target",
			"BOTH       | NPRS  | 3         | x         | kind" })
	void refusals(String kind, String instrument, String target, String activity, String field) {
		PlanGoal.Parsed parsed = PlanGoal.parse(kind, instrument, target, activity);
		assertThat(parsed.goal()).isNull();
		assertThat(parsed.field()).isEqualTo(field);
		assertThat(parsed.message()).isNotBlank();
	}

	@Test
	void wordsForTheTherapistAndTheClient() {
		PlanGoal pain = PlanGoal.parse("INSTRUMENT", "NPRS", "≤ 3", null).goal();
		assertThat(pain.describe()).isEqualTo("Pain (NPRS) at most 3/10");
		assertThat(pain.plain()).isEqualTo("Pain down to 3 out of 10 or less");
		PlanGoal activity = PlanGoal.parse("PSFS", null, "7", "Sit through a workday").goal();
		assertThat(activity.describe()).isEqualTo("Sit through a workday: PSFS at least 7/10");
		assertThat(activity.plain()).isEqualTo("Sit through a workday (you rate it at least 7 out of 10)");
		assertThat(PlanGoal.parse("INSTRUMENT", "RMDQ", "fall of 5", null).goal().describe())
			.isEqualTo("Roland-Morris (RMDQ) a fall of 5 points");
	}

}
