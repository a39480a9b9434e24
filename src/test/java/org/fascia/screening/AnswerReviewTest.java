package org.fascia.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fascia.screening.Answers.of;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Contradictory answers are allowed, screened as given, and listed for staff to check. */
class AnswerReviewTest {

	static final ScreeningWords WORDS = ScreeningWords.ENGLISH;

	@Test
	void pregnancyForAClientWhoSaidMaleIsFlaggedAndStillScreened() {
		var answers = of("sex", "male", "pregnant_weeks", 20, "pregnancy_warning_signs", true,
				"pregnancy_high_risk", false);
		assertThat(AnswerReview.check(answers, WORDS)).extracting(ReviewNote::codes)
			.containsExactly(List.of("sex", "pregnant_weeks"), List.of("sex", "pregnancy_warning_signs"));
		assertThat(AnswerReview.check(answers, WORDS).get(0).message()).contains("check with the client");
		assertThat(Answers.ENGINE.evaluate(answers).decision()).isEqualTo(Decision.URGENT_REFERRAL);
		assertThat(AnswerReview.check(of("sex", "female", "pregnant_weeks", 20), WORDS)).isEmpty();
		assertThat(AnswerReview.check(of("sex", "other", "pregnant_weeks", 20), WORDS)).isEmpty();
	}

	@Test
	void otherContradictionsAreFlagged() {
		assertThat(AnswerReview.check(of("age", 30, "pain_onset_age", 40), WORDS)).extracting(ReviewNote::codes)
			.containsExactly(List.of("pain_onset_age", "age"));
		assertThat(AnswerReview.check(of("age", 30, "pain_onset_age", 40), WORDS).get(0).message())
			.isEqualTo("The back pain began at 40, older than the client’s age of 30: check both.");
		assertThat(AnswerReview.check(of("age", 40, "pain_onset_age", 40), WORDS)).isEmpty();
		assertThat(AnswerReview.check(of("startback_total", 3, "startback_psychosocial", 4), WORDS))
			.extracting(ReviewNote::codes).containsExactly(List.of("startback_psychosocial", "startback_total"));
		assertThat(AnswerReview.check(of("leg_pain", "none", "leg_pain_below_knee", true, "leg_pain_became_bilateral",
				true), WORDS)).hasSize(2);
		assertThat(AnswerReview.check(of(), WORDS)).isEmpty();
	}

}
