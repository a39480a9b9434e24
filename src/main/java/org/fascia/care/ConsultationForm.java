package org.fascia.care;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.fascia.care.RecommendationRequest.Experience;
import org.fascia.care.RecommendationRequest.Goal;
import org.fascia.care.RecommendationRequest.Pressure;
import org.fascia.care.RecommendationRequest.Sensitivity;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Texts;

/**
 * What the therapist enters with the client: how long the pain has lasted ({@code duration} in
 * {@code unit} "days" or "weeks"), the goal (with the activity for RETURN_TO_ACTIVITY), pressure
 * preference, past experience and sensitivity. Field names are the form's.
 */
record ConsultationForm(String duration, String unit, String goal, String activity, String pressure,
		String experience, String sensitivity) {

	static ConsultationForm empty() {
		return new ConsultationForm("", "weeks", "", "", "", "", "");
	}

	/** The answers of an earlier consultation, to start a new one from (the client's situation changes slowly). */
	static ConsultationForm of(Consultation c) {
		boolean weeks = c.painDurationDays() % 7 == 0;
		return new ConsultationForm(String.valueOf(weeks ? c.painDurationDays() / 7 : c.painDurationDays()),
				weeks ? "weeks" : "days", c.goal().name(), c.activity() == null ? "" : c.activity(),
				c.pressurePreference().name(), c.experience().name(), c.sensitivity().name());
	}

	/** The recommendation inputs with these cautions, or a 400 naming every field to correct in the words given. */
	RecommendationRequest toRequest(List<String> cautions, Texts words) {
		Map<String, String> errors = new LinkedHashMap<>();
		int days = 0;
		String d = duration == null ? "" : duration.strip();
		boolean weeks = !"days".equals(unit);
		if (d.isEmpty()) {
			errors.put("duration", words.text("care.problem.consultation.duration"));
		}
		else {
			try {
				int n = Integer.parseInt(d);
				if (n < 0 || n > (weeks ? 5200 : 36500)) {
					errors.put("duration", weeks ? words.text("care.problem.consultation.durationWeeks")
							: words.text("care.problem.consultation.durationDays"));
				}
				days = weeks ? n * 7 : n;
			}
			catch (NumberFormatException ex) {
				errors.put("duration", weeks ? words.text("care.problem.consultation.wholeWeeks")
						: words.text("care.problem.consultation.wholeDays"));
			}
		}
		if (unit != null && !unit.isBlank() && !"days".equals(unit) && !"weeks".equals(unit)) {
			errors.put("unit", words.text("care.problem.consultation.unit"));
		}
		Goal g = choice(Goal.class, goal, "goal", words.text("care.problem.consultation.goal"), errors);
		Pressure p = choice(Pressure.class, pressure, "pressure", words.text("care.problem.consultation.pressure"),
				errors);
		Experience e = choice(Experience.class, experience, "experience",
				words.text("care.problem.consultation.experience"), errors);
		Sensitivity s = choice(Sensitivity.class, sensitivity, "sensitivity",
				words.text("care.problem.consultation.sensitivity"), errors);
		if (activityText() != null && activityText().length() > 200) {
			errors.put("activity", words.text("care.problem.consultation.activity"));
		}
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
		return new RecommendationRequest(days, g, p, e, s, cautions);
	}

	/** The activity, only for a return-to-activity goal; null when empty. */
	String activityText() {
		if (!Goal.RETURN_TO_ACTIVITY.name().equals(goal) || activity == null || activity.isBlank()) {
			return null;
		}
		return activity.strip();
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field, String message,
			Map<String, String> errors) {
		for (E c : type.getEnumConstants()) {
			if (c.name().equals(value)) {
				return c;
			}
		}
		errors.put(field, message);
		return null;
	}

}
