package org.fascia.care;

import java.time.Instant;
import java.util.List;

import org.fascia.care.RecommendationRequest.Experience;
import org.fascia.care.RecommendationRequest.Goal;
import org.fascia.care.RecommendationRequest.Pressure;
import org.fascia.care.RecommendationRequest.Sensitivity;
import org.fascia.screening.Caution;

/**
 * A stored consultation: the client's answers, the screening cautions it used (a snapshot) and the
 * advice it gave.
 * @param activity the activity to get back to (RETURN_TO_ACTIVITY), or null
 */
public record Consultation(long id, long clientId, int painDurationDays, Goal goal, String activity,
		Pressure pressurePreference, Experience experience, Sensitivity sensitivity, List<Caution> cautions,
		Approach approach, List<String> reasons, List<Recommendation.Alternative> alternatives, String evidenceNote,
		long createdBy, Instant createdAt) {

	public Consultation {
		cautions = List.copyOf(cautions);
		reasons = List.copyOf(reasons);
		alternatives = List.copyOf(alternatives);
	}

	/** The caution codes, for the recommender and the plan. */
	public List<String> cautionCodes() {
		return cautions.stream().map(Caution::code).toList();
	}

	/** How long the pain had lasted, in words: "3 weeks", "10 days". */
	public String durationText() {
		if (painDurationDays % 7 == 0 && painDurationDays >= 7) {
			int w = painDurationDays / 7;
			return w + (w == 1 ? " week" : " weeks");
		}
		return painDurationDays + (painDurationDays == 1 ? " day" : " days");
	}

}
