package org.fascia.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fascia.screening.Answers.ENGINE;
import static org.fascia.screening.Answers.RULES;
import static org.fascia.screening.Answers.fired;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of {@code screening/rules.json}, one row per branch of its condition: the minimal answers
 * that make it fire on their own, and near misses that must leave it silent. A rule added to the
 * file without a row here fails {@link #theTableCoversEveryRuleOfTheFile()}.
 */
class ScreeningRulesTest {

	record Row(String rule, Map<String, Object> answers) {

		@Override
		public String toString() {
			return rule + " " + answers;
		}

	}

	static Row row(String rule, Object... codesAndValues) {
		return new Row(rule, Answers.of(codesAndValues));
	}

	/** Minimal triggers: each fires its rule, and without any one of its answers the rule stays silent. */
	static List<Row> triggers() {
		return List.of(
				// Emergency
				row("cauda-equina", "bladder_change", true),
				row("cauda-equina", "bowel_incontinence", true),
				row("cauda-equina", "saddle_numbness", true),
				row("cauda-equina", "sexual_dysfunction_new", true),
				row("cauda-equina", "leg_pain", "both_legs"),
				row("cauda-equina", "leg_pain_became_bilateral", true),
				row("cauda-equina", "leg_weakness", "both_legs"),
				row("cauda-equina", "gait_disturbance", true, "weakness_progressing", true),
				row("cancer-neurological-signs", "cancer", "past", "leg_pain", "one_leg"),
				row("cancer-neurological-signs", "cancer", "active", "leg_weakness", "one_leg"),
				row("cancer-neurological-signs", "cancer", "past", "gait_disturbance", true),
				row("cancer-neurological-signs", "cancer", "past", "bladder_change", true),
				row("cancer-neurological-signs", "cancer", "active", "bowel_incontinence", true),
				row("major-trauma", "trauma", "major"),
				row("leaking-aortic-aneurysm", "sudden_severe_onset", true, "abdominal_pain", true, "age", 61),
				row("leaking-aortic-aneurysm", "sudden_severe_onset", true, "faint_or_collapse", true,
						"aortic_aneurysm_known", true),
				row("pulmonary-embolism", "chest_symptoms", true, "dvt_signs", true),
				row("pulmonary-embolism", "chest_symptoms", true, "dvt_history_weeks", 11),
				// Urgent
				row("progressive-neurological-deficit", "leg_weakness", "one_leg", "weakness_progressing", true),
				row("spinal-infection", "fever", true),
				row("spinal-infection", "iv_drug_use", true, "constant_pain", true),
				row("spinal-infection", "immunosuppressed", true, "night_pain", true),
				row("spinal-infection", "recent_infection", true, "constant_pain", true),
				row("spinal-metastasis", "cancer", "past", "thoracic_pain", true),
				row("spinal-metastasis", "cancer", "active", "night_pain", true),
				row("spinal-metastasis", "cancer", "past", "constant_pain", true),
				row("spinal-metastasis", "cancer", "past", "pain_on_straining", true),
				row("spinal-metastasis", "cancer", "past", "pain_trend", "worsening"),
				row("osteoporotic-fracture", "osteoporosis", true, "trauma", "minor"),
				row("osteoporotic-fracture", "long_term_steroids", true, "sudden_severe_onset", true),
				row("osteoporotic-fracture", "age", 70, "trauma", "minor"),
				row("combined-malignancy-flags", "weight_loss_unexplained", true, "night_pain", true),
				row("combined-malignancy-flags", "age", 51, "pain_duration_days", 90, "constant_pain", true),
				row("combined-malignancy-flags", "pain_duration_days", 28, "pain_trend", "stable",
						"weight_loss_unexplained", true),
				row("combined-malignancy-flags", "age", 55, "pain_duration_days", 60, "pain_trend", "worsening"),
				row("dvt-signs", "dvt_signs", true),
				row("pregnancy-warning-signs", "pregnancy_warning_signs", true),
				// Needs clearance
				row("clearance-anticoagulation-bleeding", "anticoagulant", true),
				row("clearance-anticoagulation-bleeding", "bleeding_disorder", true),
				row("clearance-anticoagulation-bleeding", "dvt_history_weeks", 25),
				row("clearance-active-cancer", "cancer", "active"),
				row("clearance-uncontrolled-hypertension", "hypertension", "uncontrolled"),
				row("clearance-recent-surgery", "surgery_weeks_ago", 11),
				row("clearance-recent-surgery", "surgery_weeks_ago", 0),
				row("clearance-known-aortic-aneurysm", "aortic_aneurysm_known", true),
				row("clearance-high-risk-pregnancy", "pregnancy_high_risk", true),
				row("clearance-uncontrolled-diabetes", "diabetes", "uncontrolled"),
				row("clearance-contagious-skin-condition", "contagious_skin_condition", true),
				// Proceed with cautions
				row("caution-anticoagulation-bleeding", "anticoagulant", true),
				row("caution-anticoagulation-bleeding", "bleeding_disorder", true),
				row("caution-anticoagulation-bleeding", "dvt_history_weeks", 25),
				row("caution-antiplatelet", "antiplatelet", true),
				row("caution-clot-history", "dvt_history_weeks", 100),
				row("caution-cancer", "cancer", "past"),
				row("caution-cancer", "cancer", "active"),
				row("caution-bone-fragility", "osteoporosis", true),
				row("caution-bone-fragility", "long_term_steroids", true),
				row("caution-sciatica-one-leg", "leg_pain", "one_leg"),
				row("caution-pregnancy", "pregnant_weeks", 20),
				row("caution-peripheral-neuropathy", "peripheral_neuropathy", true),
				row("caution-severe-varicose-veins", "varicose_veins", "severe"),
				row("caution-mild-varicose-veins", "varicose_veins", "mild"),
				row("caution-local-area", "wound_or_skin_lesion", true),
				row("caution-local-area", "fracture_weeks_ago", 11),
				row("caution-local-area", "acute_local_injury", true),
				row("caution-recent-surgery", "surgery_weeks_ago", 11),
				row("caution-controlled-hypertension", "hypertension", "controlled"),
				row("caution-controlled-diabetes", "diabetes", "controlled"),
				row("caution-prolonged-soreness", "soreness_hours_last_session", 37),
				row("malignancy-single-flag", "night_pain", true),
				row("malignancy-single-flag", "constant_pain", true),
				row("malignancy-single-flag", "weight_loss_unexplained", true),
				row("malignancy-single-flag", "age", 51, "pain_duration_days", 10),
				row("malignancy-single-flag", "pain_duration_days", 28, "pain_trend", "stable"),
				// Referral advice without stopping massage
				row("axial-spa-rheumatology", "pain_onset_age", 30, "pain_duration_days", 91, "wakes_second_half_night",
						true, "buttock_pain", true, "improves_with_movement", true),
				row("axial-spa-rheumatology", "pain_onset_age", 40, "pain_duration_days", 400, "nsaid_relief_48h", true,
						"family_spa", true, "arthritis_enthesitis_psoriasis", true, "buttock_pain", true),
				row("axial-spa-hla-b27", "pain_onset_age", 40, "pain_duration_days", 91, "family_spa", true,
						"nsaid_relief_48h", true, "arthritis_enthesitis_psoriasis", true),
				row("axial-spa-hla-b27", "pain_onset_age", 34, "pain_duration_days", 91, "wakes_second_half_night", true,
						"improves_with_movement", true),
				row("startback-high-risk", "startback_psychosocial", 4),
				row("startback-high-risk", "startback_psychosocial", 5));
	}

	/** Near misses at the edges of the conditions: the rule must stay silent. */
	static List<Row> nearMisses() {
		return List.of(
				row("cauda-equina", "leg_pain", "one_leg", "leg_weakness", "one_leg", "gait_disturbance", true),
				row("cancer-neurological-signs", "cancer", "none", "leg_pain", "both_legs"),
				// Absent cancer answer: "cancer ≠ none" is not known, so it is false.
				row("cancer-neurological-signs", "leg_weakness", "one_leg"),
				row("cancer-neurological-signs", "cancer", "past", "leg_pain", "none", "leg_weakness", "none"),
				row("major-trauma", "trauma", "minor"),
				row("leaking-aortic-aneurysm", "sudden_severe_onset", true, "abdominal_pain", true, "age", 60),
				row("leaking-aortic-aneurysm", "abdominal_pain", true, "faint_or_collapse", true, "age", 80),
				row("pulmonary-embolism", "chest_symptoms", true, "dvt_history_weeks", 12),
				row("pulmonary-embolism", "dvt_signs", true),
				row("progressive-neurological-deficit", "leg_weakness", "one_leg"),
				row("spinal-infection", "iv_drug_use", true, "immunosuppressed", true, "recent_infection", true),
				row("spinal-infection", "night_pain", true, "constant_pain", true),
				row("spinal-metastasis", "cancer", "none", "night_pain", true, "thoracic_pain", true),
				row("spinal-metastasis", "cancer", "past", "pain_trend", "stable"),
				row("osteoporotic-fracture", "age", 69, "trauma", "minor"),
				row("osteoporotic-fracture", "osteoporosis", true, "trauma", "none"),
				// Long-standing pain that is unchanged is not a malignancy flag.
				row("combined-malignancy-flags", "age", 45, "pain_duration_days", 400, "pain_trend", "stable"),
				row("malignancy-single-flag", "age", 45, "pain_duration_days", 400, "pain_trend", "stable"),
				row("malignancy-single-flag", "age", 40, "pain_duration_days", 60, "pain_trend", "improving"),
				row("combined-malignancy-flags", "age", 51, "pain_duration_days", 27, "pain_trend", "stable"),
				row("combined-malignancy-flags", "age", 51, "pain_duration_days", 91, "pain_trend", "stable",
						"night_pain", true),
				// One isolated flag (new pain over 50, improving) is not a referral.
				row("combined-malignancy-flags", "age", 55, "pain_duration_days", 30, "pain_trend", "improving"),
				// Trend not answered: "not improving" is not known.
				row("combined-malignancy-flags", "pain_duration_days", 30, "weight_loss_unexplained", true),
				row("clearance-anticoagulation-bleeding", "dvt_history_weeks", 26, "antiplatelet", true),
				row("caution-anticoagulation-bleeding", "dvt_history_weeks", 26),
				row("clearance-active-cancer", "cancer", "past"),
				row("clearance-uncontrolled-hypertension", "hypertension", "controlled"),
				row("clearance-recent-surgery", "surgery_weeks_ago", 12),
				row("caution-recent-surgery", "surgery_weeks_ago", 12),
				row("clearance-uncontrolled-diabetes", "diabetes", "controlled"),
				row("caution-cancer", "cancer", "none"),
				row("caution-sciatica-one-leg", "leg_pain", "none", "leg_pain_below_knee", true),
				row("caution-severe-varicose-veins", "varicose_veins", "mild"),
				row("caution-mild-varicose-veins", "varicose_veins", "severe"),
				row("caution-local-area", "fracture_weeks_ago", 12),
				row("caution-controlled-hypertension", "hypertension", "none"),
				row("caution-controlled-diabetes", "diabetes", "none"),
				row("caution-prolonged-soreness", "soreness_hours_last_session", 36),
				row("axial-spa-rheumatology", "pain_onset_age", 45, "pain_duration_days", 100, "wakes_second_half_night",
						true, "buttock_pain", true, "improves_with_movement", true, "family_spa", true),
				row("axial-spa-rheumatology", "pain_onset_age", 30, "pain_duration_days", 90, "wakes_second_half_night",
						true, "buttock_pain", true, "improves_with_movement", true),
				row("axial-spa-hla-b27", "pain_onset_age", 40, "pain_duration_days", 100, "family_spa", true,
						"nsaid_relief_48h", true),
				row("axial-spa-hla-b27", "pain_onset_age", 30, "pain_duration_days", 91, "wakes_second_half_night", true,
						"buttock_pain", true, "improves_with_movement", true),
				row("startback-high-risk", "startback_psychosocial", 3, "startback_total", 9));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("triggers")
	void eachTriggerFiresItsRuleOnItsOwn(Row row) {
		Rule rule = RULES.rule(row.rule());
		ScreeningResult result = ENGINE.evaluate(row.answers());
		assertThat(fired(result, rule.id())).as("%s fires", row).isTrue();
		assertThat(result.decision().compareTo(rule.effectiveDecision())).isGreaterThanOrEqualTo(0);
		assertThat(result.referralAdvice().compareTo(rule.referralAdvice())).isGreaterThanOrEqualTo(0);
		assertThat(result.cautions()).extracting(Caution::code).containsAll(rule.cautions());
		Finding finding = result.findings().stream().filter(f -> f.rule().equals(rule.id())).findFirst().orElseThrow();
		assertThat(finding).isEqualTo(new Finding(rule.id(), rule.title(), rule.effectiveDecision(), rule.source(),
				rule.plain(), rule.clinicalReview()));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("triggers")
	void withoutAnyOneAnswerOfItsTriggerTheRuleStaysSilent(Row row) {
		for (String code : row.answers().keySet()) {
			Map<String, Object> without = new LinkedHashMap<>(row.answers());
			without.remove(code);
			assertThat(fired(ENGINE.evaluate(without), row.rule())).as("%s without %s", row, code).isFalse();
			if (Boolean.TRUE.equals(row.answers().get(code))) {
				without.put(code, false);
				assertThat(fired(ENGINE.evaluate(without), row.rule())).as("%s with %s=false", row, code).isFalse();
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("nearMisses")
	void nearMissesLeaveTheRuleSilent(Row row) {
		assertThat(RULES.rule(row.rule())).as("rule %s exists", row.rule()).isNotNull();
		assertThat(fired(ENGINE.evaluate(row.answers()), row.rule())).as("%s stays silent", row).isFalse();
	}

	@Test
	void noAnswersFireNoRule() {
		ScreeningResult result = ENGINE.evaluate(Map.of());
		assertThat(result.decision()).isEqualTo(Decision.PROCEED);
		assertThat(result.referralAdvice()).isEqualTo(ReferralAdvice.NONE);
		assertThat(result.cautions()).isEmpty();
		assertThat(result.findings()).isEmpty();
	}

	@Test
	void theTableCoversEveryRuleOfTheFile() {
		Set<String> inFile = RULES.rules().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
		Set<String> triggered = triggers().stream().map(Row::rule).collect(Collectors.toCollection(TreeSet::new));
		assertThat(triggered).as("rules with a trigger row").isEqualTo(inFile);
		Set<String> missed = nearMisses().stream().map(Row::rule).collect(Collectors.toCollection(TreeSet::new));
		assertThat(inFile).as("near misses name existing rules").containsAll(missed);
	}

}
