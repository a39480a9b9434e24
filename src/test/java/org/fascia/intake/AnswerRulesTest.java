package org.fascia.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Validation per item definition: type, choice, range, length, conditions, contradictions. */
class AnswerRulesTest {

	static final Questionnaire INTAKE = QuestionnairesTest.intake();

	static final IntakeWords WORDS = new IntakeWords(org.fascia.platform.Words.standalone());

	static Questionnaire.Item item(String linkId) {
		return INTAKE.question(linkId).orElseThrow();
	}

	@Test
	void rangesAndWholeNumbersHavePreciseMessages() {
		assertThatThrownBy(() -> AnswerRules.fromForm(item("age"), "300", null, WORDS))
			.hasMessage("Age must be between 0 and 120.");
		assertThatThrownBy(() -> AnswerRules.fromForm(item("age"), "forty", null, WORDS))
			.hasMessageStartingWith("Age must be a whole number");
		assertThatThrownBy(() -> AnswerRules.fromForm(item("surgery_weeks_ago"), "-2", null, WORDS))
			.hasMessage("Weeks since your operation must be between 0 and 52.");
		assertThat(AnswerRules.fromForm(item("age"), " 42 ", null, WORDS)).isEqualTo(42);
		assertThat(AnswerRules.fromForm(item("age"), "  ", null, WORDS)).isNull();
	}

	@Test
	void aDurationIsAnsweredInAnyUnitAndStoredInDays() {
		Questionnaire.Item duration = item("pain_duration_days");
		assertThat(AnswerRules.fromForm(duration, "3", "weeks", WORDS)).isEqualTo(21);
		assertThat(AnswerRules.fromForm(duration, "2", "years", WORDS)).isEqualTo(730);
		assertThat(AnswerRules.fromForm(duration, "10", "days", WORDS)).isEqualTo(10);
		assertThatThrownBy(() -> AnswerRules.fromForm(duration, "-2", "weeks", WORDS)).hasMessage("How long the pain has lasted cannot be negative.");
		assertThatThrownBy(() -> AnswerRules.fromForm(duration, "200", "years", WORDS)).hasMessage("How long the pain has lasted must be at most 100 years.");
		assertThatThrownBy(() -> AnswerRules.fromForm(duration, "2", "fortnights", WORDS)).hasMessageContaining("days, weeks, months or years");
		assertThat(IntakeForm.unitFor(21)).isEqualTo("weeks");
		assertThat(IntakeResponses.display(duration, 730, WORDS)).isEqualTo("2 years");
		assertThat(IntakeResponses.display(duration, 1, WORDS)).isEqualTo("1 day");
	}

	@Test
	void choicesAndYesNoAreChecked() {
		assertThatThrownBy(() -> AnswerRules.fromForm(item("sex"), "robot", null, WORDS))
			.hasMessage("‘robot’ is not one of the options for Sex: please choose one of female, male, other.");
		assertThatThrownBy(() -> AnswerRules.fromForm(item("fever"), "maybe", null, WORDS)).hasMessage("Please choose yes or no.");
		assertThat(AnswerRules.fromForm(item("fever"), "true", null, WORDS)).isEqualTo(true);
		assertThat(AnswerRules.fromForm(item("cancer"), "past", null, WORDS)).isEqualTo("past");
	}

	@Test
	void oversizedTextNamesTheLimitAndScriptIsJustText() {
		String big = "x".repeat(2001);
		assertThatThrownBy(() -> AnswerRules.fromForm(item("medications"), big, null, WORDS))
			.hasMessage("Medicines is too long: 2001 characters, at most 2000.");
		String script = "<script>alert('x')</script>";
		assertThat(AnswerRules.fromForm(item("goals"), script, null, WORDS)).isEqualTo(script);
	}

	@Test
	void typedAnswersFromProgramsAreStrict() {
		Map<String, Object> raw = new LinkedHashMap<>();
		raw.put("age", "42");
		raw.put("fever", 1);
		raw.put("sex", "robot");
		raw.put("nonsense", true);
		raw.put("pain_duration_days", 12.5);
		raw.put("goals", "x".repeat(2001));
		AnswerRules.Checked checked = AnswerRules.typed(INTAKE, raw, WORDS);
		assertThat(checked.errors()).containsOnlyKeys("age", "fever", "sex", "nonsense", "pain_duration_days", "goals");
		assertThat(checked.errors().get("age")).isEqualTo("age must be a whole number.");
		assertThat(checked.errors().get("fever")).isEqualTo("fever must be true or false.");
		assertThat(checked.errors().get("nonsense")).startsWith("Unknown question ‘nonsense’");

		AnswerRules.Checked ok = AnswerRules.typed(INTAKE, Map.of("age", 42, "fever", true, "sex", "female", "pain_duration_days", 30L), WORDS);
		assertThat(ok.errors()).isEmpty();
		assertThat(ok.answers()).containsEntry("pain_duration_days", 30).containsEntry("age", 42);
		assertThat(AnswerRules.typed(INTAKE, Map.of("age", 300), WORDS).errors()).containsEntry("age", "Age must be between 0 and 120.");
	}

	@Test
	void conditionsFollowEnableWhenIncludingTheGroupsAroundAnItem() {
		Map<String, Object> answers = new HashMap<>();
		assertThat(AnswerRules.enabled(INTAKE, item("leg_pain_below_knee"), answers)).isTrue(); // != with no answer
		answers.put("leg_pain", "none");
		assertThat(AnswerRules.enabled(INTAKE, item("leg_pain_below_knee"), answers)).isFalse();
		answers.put("leg_pain", "one_leg");
		assertThat(AnswerRules.enabled(INTAKE, item("leg_pain_below_knee"), answers)).isTrue();
		answers.put("leg_weakness", "none");
		assertThat(AnswerRules.enabled(INTAKE, item("weakness_progressing"), answers)).isFalse();
		assertThat(AnswerRules.enabled(INTAKE, item("dvt_history_weeks"), answers)).isFalse();
		answers.put("clot_diagnosed", true);
		assertThat(AnswerRules.enabled(INTAKE, item("dvt_history_weeks"), answers)).isTrue();
		answers.put("pregnant", true);
		answers.put("sex", "female");
		assertThat(AnswerRules.enabled(INTAKE, item("pregnant_weeks"), answers)).isTrue();
		answers.put("sex", "male");
		assertThat(AnswerRules.enabled(INTAKE, item("pregnant_weeks"), answers)).isFalse();
		assertThat(AnswerRules.enabled(INTAKE, INTAKE.steps().get(INTAKE.stepOf("pregnant")), answers)).isFalse();
	}

	@Test
	void answersThatNoLongerApplyAreDroppedAndRequiredOnesReported() {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("leg_pain", "none");
		answers.put("leg_pain_below_knee", true);
		answers.put("sex", "male");
		answers.put("pregnant", true);
		answers.put("pregnant_weeks", 20);
		Map<String, Object> kept = AnswerRules.withoutDisabled(INTAKE, answers);
		assertThat(kept).containsOnlyKeys("leg_pain", "sex");
		Map<String, String> missing = AnswerRules.missing(INTAKE, INTAKE.questions(), kept, WORDS);
		assertThat(missing).containsKey("age").containsEntry("age", "Please answer this question (Age).")
			.doesNotContainKeys("leg_pain_below_knee", "pregnant_weeks", "medications");
		answers.put("leg_pain", "one_leg");
		answers.put("sex", "female");
		answers.remove("leg_pain_below_knee");
		assertThat(AnswerRules.missing(INTAKE, INTAKE.questions(), answers, WORDS)).containsKey("leg_pain_below_knee");
	}

	@Test
	void pregnancyForAClientWhoSaidMaleIsFlaggedNotRejected() {
		AnswerRules.Checked checked = AnswerRules.typed(INTAKE, Map.of("sex", "male", "pregnant_weeks", 20,
				"pregnancy_warning_signs", true), WORDS);
		assertThat(checked.errors()).isEmpty();
		assertThat(checked.answers()).containsEntry("pregnant_weeks", 20).containsEntry("pregnancy_warning_signs", true);
		assertThat(checked.flags()).hasSize(2);
		assertThat(checked.flags().get(0)).contains("pregnan").contains("sex is male").contains("please review");
		// an answer that is merely absent is no contradiction
		assertThat(AnswerRules.typed(INTAKE, Map.of("pregnant_weeks", 20), WORDS).flags()).isEmpty();
		assertThat(AnswerRules.typed(INTAKE, Map.of("leg_pain", "none", "leg_pain_below_knee", true), WORDS).flags())
			.singleElement().asString().contains("leg_pain is none");
	}

}
