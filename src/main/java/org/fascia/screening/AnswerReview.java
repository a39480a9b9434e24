package org.fascia.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.fascia.platform.Pure;

/**
 * Contradictory answers (issue 4, requirement 11): allowed, screened as given (the safer reading,
 * since every rule only adds findings), and listed for staff to check with the client.
 */
@Pure
final class AnswerReview {

	/** The words of the notes; {@link ScreeningWords} takes them from the message bundle. */
	interface Messages {

		String pregnancyForMale();

		String painBeganAfterAge(String onset, String age);

		String subscaleAboveTotal(String subscale, String total);

		String legPainNoneBut(String code);

	}

	private AnswerReview() {
	}

	static List<ReviewNote> check(Map<String, ?> answers, Messages words) {
		List<ReviewNote> notes = new ArrayList<>();
		if ("male".equals(answers.get("sex"))) {
			for (String code : List.of("pregnant_weeks", "pregnancy_high_risk", "pregnancy_warning_signs")) {
				Object value = answers.get(code);
				if (value != null && !Boolean.FALSE.equals(value)) {
					notes.add(new ReviewNote(List.of("sex", code), words.pregnancyForMale()));
				}
			}
		}
		if (answers.get("pain_onset_age") instanceof Integer onset && answers.get("age") instanceof Integer age
				&& onset > age) {
			notes.add(new ReviewNote(List.of("pain_onset_age", "age"),
					words.painBeganAfterAge(String.valueOf(onset), String.valueOf(age))));
		}
		if (answers.get("startback_psychosocial") instanceof Integer sub
				&& answers.get("startback_total") instanceof Integer total && sub > total) {
			notes.add(new ReviewNote(List.of("startback_psychosocial", "startback_total"),
					words.subscaleAboveTotal(String.valueOf(sub), String.valueOf(total))));
		}
		if ("none".equals(answers.get("leg_pain"))) {
			for (String code : List.of("leg_pain_below_knee", "leg_pain_became_bilateral")) {
				if (Boolean.TRUE.equals(answers.get(code))) {
					notes.add(new ReviewNote(List.of("leg_pain", code), words.legPainNoneBut(code)));
				}
			}
		}
		return notes;
	}

}
