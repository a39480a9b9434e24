package org.fascia.care;

import java.time.Instant;

import org.fascia.care.RecommendationRequest.Goal;
import org.fascia.care.RecommendationRequest.Pressure;
import org.fascia.care.RecommendationRequest.Sensitivity;
import org.fascia.platform.Texts;

/**
 * What other modules may know of a client's latest consultation, e.g. the session note shows the
 * pressure preference: the preference, sensitivity, goal, the approach recommended and when.
 */
public record ConsultationSummary(long consultationId, long clientId, Pressure pressurePreference,
		Sensitivity sensitivity, Goal goal, Approach recommendedApproach, Instant at) {

	/** The pressure preference in the words given, e.g. "medium pressure". */
	public String pressureText(Texts words) {
		return switch (pressurePreference) {
			case LIGHT -> words.text("care.consultation.history.pressure.LIGHT");
			case MEDIUM -> words.text("care.consultation.history.pressure.MEDIUM");
			case FIRM -> words.text("care.consultation.history.pressure.FIRM");
		};
	}

}
