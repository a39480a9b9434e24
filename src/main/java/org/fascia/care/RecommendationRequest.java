package org.fascia.care;

import java.util.List;
import java.util.Objects;

/**
 * The consultation inputs. Experience: NONE (never had massage), SOME (a few times), REGULAR (regularly and
 * liked it). Sensitivity: LOW, NORMAL, HIGH (sensitive to pressure or bruises easily). Cautions are
 * screening caution codes.
 */
public record RecommendationRequest(int painDurationDays, Goal goal, Pressure pressurePreference,
		Experience experience, Sensitivity sensitivity, List<String> cautions) {

	public enum Goal { RELIEF, MOBILITY, RELAXATION, RETURN_TO_ACTIVITY }

	public enum Pressure { LIGHT, MEDIUM, FIRM }

	public enum Experience { NONE, SOME, REGULAR }

	public enum Sensitivity { LOW, NORMAL, HIGH }

	/** acute &lt; 42 days, subacute 42–84, chronic &gt; 84 (CARE.md: &lt; 6 weeks, 6–12, &gt; 12). */
	public enum Duration { ACUTE, SUBACUTE, CHRONIC }

	public RecommendationRequest {
		if (painDurationDays < 0) {
			throw new IllegalArgumentException("painDurationDays must not be negative");
		}
		Objects.requireNonNull(goal, "goal");
		Objects.requireNonNull(pressurePreference, "pressurePreference");
		Objects.requireNonNull(experience, "experience");
		Objects.requireNonNull(sensitivity, "sensitivity");
		cautions = cautions == null ? List.of() : List.copyOf(cautions);
	}

	public Duration duration() {
		if (painDurationDays < 42) {
			return Duration.ACUTE;
		}
		return painDurationDays <= 84 ? Duration.SUBACUTE : Duration.CHRONIC;
	}
}
