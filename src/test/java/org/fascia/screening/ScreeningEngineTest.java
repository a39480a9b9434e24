package org.fascia.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.fascia.screening.Answers.ENGINE;
import static org.fascia.screening.Answers.RULES;
import static org.fascia.screening.Answers.evaluate;
import static org.fascia.screening.Answers.fired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The result of an evaluation: decision levels, referral advice, cautions and findings. */
class ScreeningEngineTest {

	@Test
	void eachDecisionLevelIsReached() {
		assertThat(evaluate("age", 35, "sex", "female", "pain_trend", "improving").decision()).isEqualTo(Decision.PROCEED);
		assertThat(evaluate("antiplatelet", true).decision()).isEqualTo(Decision.PROCEED_WITH_CAUTIONS);
		assertThat(evaluate("anticoagulant", true).decision()).isEqualTo(Decision.NEEDS_CLEARANCE);
		assertThat(evaluate("dvt_signs", true).decision()).isEqualTo(Decision.URGENT_REFERRAL);
		assertThat(evaluate("trauma", "major").decision()).isEqualTo(Decision.EMERGENCY_REFERRAL);
	}

	@Test
	void theMostRestrictiveDecisionAndTheMostUrgentAdviceWinAndEveryRuleIsListed() {
		ScreeningResult result = evaluate("antiplatelet", true, "anticoagulant", true, "fever", true, "saddle_numbness",
				true);
		assertThat(result.decision()).isEqualTo(Decision.EMERGENCY_REFERRAL);
		assertThat(result.referralAdvice()).isEqualTo(ReferralAdvice.EMERGENCY);
		assertThat(result.findings()).extracting(Finding::rule)
			.containsExactly("cauda-equina", "spinal-infection", "clearance-anticoagulation-bleeding",
					"caution-anticoagulation-bleeding", "caution-antiplatelet");
		// Cautions still reach the therapist once the client is cleared.
		assertThat(result.cautions()).extracting(Caution::code)
			.containsExactly("NO_DEEP_PRESSURE", "LIGHT_PRESSURE_ONLY", "MODERATE_PRESSURE_MAX", "WATCH_BRUISING");
	}

	@Test
	void referralAdviceFollowsTheDecisionOrTheGpAdviceRules() {
		assertThat(evaluate("trauma", "major").referralAdvice()).isEqualTo(ReferralAdvice.EMERGENCY);
		assertThat(evaluate("fever", true).referralAdvice()).isEqualTo(ReferralAdvice.URGENT);
		assertThat(evaluate("contagious_skin_condition", true).referralAdvice()).isEqualTo(ReferralAdvice.ROUTINE_GP);
		assertThat(evaluate("varicose_veins", "mild").referralAdvice()).isEqualTo(ReferralAdvice.NONE);
		ScreeningResult startBack = evaluate("startback_psychosocial", 4);
		assertThat(startBack.decision()).isEqualTo(Decision.PROCEED_WITH_CAUTIONS);
		assertThat(startBack.referralAdvice()).isEqualTo(ReferralAdvice.ROUTINE_GP);
		assertThat(startBack.cautions()).extracting(Caution::code).containsExactly("WITH_EXERCISE_AND_PSYCHOLOGICAL_SUPPORT");
	}

	@Test
	void oneIsolatedMalignancyFlagIsASafetyNetTwoAreAnUrgentReferral() {
		ScreeningResult single = evaluate("age", 55, "pain_duration_days", 30, "pain_trend", "improving");
		assertThat(single.decision()).isEqualTo(Decision.PROCEED_WITH_CAUTIONS);
		assertThat(single.referralAdvice()).isEqualTo(ReferralAdvice.NONE);
		assertThat(single.findings()).extracting(Finding::rule).containsExactly("malignancy-single-flag");
		assertThat(single.cautions()).extracting(Caution::code).containsExactly("SAFETY_NET");
		assertThat(single.cautions().get(0).text()).contains("4 weeks");

		ScreeningResult combined = evaluate("age", 55, "pain_duration_days", 30, "pain_trend", "improving", "night_pain",
				true);
		assertThat(combined.decision()).isEqualTo(Decision.URGENT_REFERRAL);
		assertThat(combined.referralAdvice()).isEqualTo(ReferralAdvice.URGENT);
		assertThat(combined.findings()).extracting(Finding::rule).containsExactly("combined-malignancy-flags");

		// Not improving after 4 weeks of a new episode, over 50: two flags from the answers about the pain alone.
		assertThat(evaluate("age", 55, "pain_duration_days", 30, "pain_trend", "stable").decision())
			.isEqualTo(Decision.URGENT_REFERRAL);
		// Long-standing pain that is unchanged is no flag at all.
		assertThat(evaluate("age", 55, "pain_duration_days", 2000, "pain_trend", "stable").findings()).isEmpty();
		// Five flags together are still one combined finding.
		ScreeningResult all = evaluate("age", 60, "pain_duration_days", 60, "pain_trend", "worsening",
				"weight_loss_unexplained", true, "night_pain", true, "constant_pain", true);
		assertThat(all.findings()).extracting(Finding::rule).containsExactly("combined-malignancy-flags");
	}

	@Test
	void axialSpondyloarthritisCriteriaTwoThreeFour() {
		Map<String, Object> entry = Answers.of("pain_onset_age", 40, "pain_duration_days", 200);
		List<String> criteria = List.of("wakes_second_half_night", "buttock_pain", "improves_with_movement",
				"nsaid_relief_48h", "family_spa", "arthritis_enthesitis_psoriasis");
		for (int n = 0; n <= criteria.size(); n++) {
			Map<String, Object> answers = new java.util.LinkedHashMap<>(entry);
			criteria.subList(0, n).forEach(code -> answers.put(code, true));
			ScreeningResult result = ENGINE.evaluate(answers);
			if (n < 3) {
				assertThat(result.findings()).as("%d criteria", n).isEmpty();
				assertThat(result.referralAdvice()).isEqualTo(ReferralAdvice.NONE);
				assertThat(result.decision()).isEqualTo(Decision.PROCEED);
			}
			else {
				assertThat(result.findings()).as("%d criteria", n).extracting(Finding::rule)
					.containsExactly(n == 3 ? "axial-spa-hla-b27" : "axial-spa-rheumatology");
				assertThat(result.referralAdvice()).isEqualTo(ReferralAdvice.ROUTINE_GP);
				assertThat(result.decision()).isEqualTo(Decision.PROCEED_WITH_CAUTIONS);
			}
		}
		// Onset before 35 is itself a criterion: 2 answers + early onset = 3.
		assertThat(evaluate("pain_onset_age", 20, "pain_duration_days", 200, "buttock_pain", true, "family_spa", true)
			.findings()).extracting(Finding::rule).containsExactly("axial-spa-hla-b27");
		// Pain that began at 45 or later, or that lasted 3 months or less, is outside the rule.
		assertThat(evaluate("pain_onset_age", 45, "pain_duration_days", 200, "buttock_pain", true, "family_spa", true,
				"nsaid_relief_48h", true, "improves_with_movement", true).findings()).isEmpty();
	}

	@Test
	void eachCautionAppearsOnceInTheOrderOfTheRuleData() {
		ScreeningResult result = evaluate("anticoagulant", true, "cancer", "past", "peripheral_neuropathy", true,
				"diabetes", "controlled");
		List<String> codes = result.cautions().stream().map(Caution::code).toList();
		assertThat(codes).doesNotHaveDuplicates()
			.containsExactly("NO_DEEP_PRESSURE", "LIGHT_PRESSURE_ONLY", "AVOID_TUMOUR_AND_PORT_SITES",
					"LIGHT_PRESSURE_HANDS_FEET", "CHECK_SKIN");
		List<String> catalogue = new ArrayList<>(RULES.cautionTexts().keySet());
		assertThat(codes).isSortedAccordingTo((a, b) -> Integer.compare(catalogue.indexOf(a), catalogue.indexOf(b)));
		result.cautions().forEach(caution -> assertThat(caution.text()).isEqualTo(RULES.cautionTexts().get(caution.code())));
	}

	@Test
	void rulesMarkedForClinicalReviewAreTheWeakOnes() {
		assertThat(RULES.rules().stream().filter(Rule::clinicalReview).map(Rule::id))
			.containsExactlyInAnyOrder("clearance-recent-surgery", "caution-recent-surgery", "caution-pregnancy",
					"clearance-known-aortic-aneurysm");
		ScreeningResult result = evaluate("pregnant_weeks", 30, "surgery_weeks_ago", 4);
		assertThat(result.findings()).filteredOn(Finding::clinicalReview).extracting(Finding::rule)
			.containsExactly("clearance-recent-surgery", "caution-pregnancy", "caution-recent-surgery");
	}

	@Test
	void everyRuleIsDocumentedAndItsAdviceMatchesItsDecision() {
		for (Rule rule : RULES.rules()) {
			assertThat(rule.title()).as(rule.id()).isNotBlank();
			assertThat(rule.source()).as(rule.id()).isNotBlank();
			assertThat(rule.plain()).as(rule.id()).startsWith("You").endsWith(".");
			ReferralAdvice expected = switch (rule.decision()) {
				case EMERGENCY_REFERRAL -> ReferralAdvice.EMERGENCY;
				case URGENT_REFERRAL -> ReferralAdvice.URGENT;
				case NEEDS_CLEARANCE -> ReferralAdvice.ROUTINE_GP;
				default -> rule.id().startsWith("axial-spa") || rule.id().equals("startback-high-risk")
						? ReferralAdvice.ROUTINE_GP : ReferralAdvice.NONE;
			};
			assertThat(rule.referralAdvice()).as(rule.id()).isEqualTo(expected);
		}
	}

	@Test
	void plainWordsNeverDiagnoseAndCautionsNeverFrighten() {
		Set<String> diagnostic = Set.of("suspect", "syndrome", "metasta", "embolism", "thrombosis", "cauda",
				"spondylo", "diagnos", "you have", "tumour", "malignan");
		for (Rule rule : RULES.rules()) {
			String plain = rule.plain().toLowerCase();
			diagnostic.forEach(word -> assertThat(plain).as("%s: %s", rule.id(), plain).doesNotContain(word));
		}
		Set<String> frightening = Set.of("danger", "fatal", "death", "die ", "life-threatening", "warning", "risk of",
				"suspect", "cancer");
		RULES.cautionTexts().forEach((code, text) -> frightening
			.forEach(word -> assertThat(text.toLowerCase()).as("%s: %s", code, text).doesNotContain(word)));
	}

	@Test
	void typedAnswersMustMatchTheSchema() {
		assertThatThrownBy(() -> evaluate("agee", 40)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("agee");
		assertThatThrownBy(() -> evaluate("night_pain", "yes")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> evaluate("age", 300)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> evaluate("sex", "maybe")).isInstanceOf(IllegalArgumentException.class);
		// Nulls are absent; a Long from a database is read as the whole number it is.
		assertThat(evaluate("night_pain", null, "age", 72L, "trauma", "minor").findings()).extracting(Finding::rule)
			.containsExactly("osteoporotic-fracture");
	}

	@Test
	void theResultDoesNotDependOnTheOrderOfTheAnswers() {
		ScreeningResult forwards = evaluate("anticoagulant", true, "cancer", "past", "night_pain", true);
		ScreeningResult backwards = evaluate("night_pain", true, "cancer", "past", "anticoagulant", true);
		assertThat(backwards).isEqualTo(forwards);
	}

}
