package org.fascia.booking;

import java.util.Map;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.fascia.screening.Decision;
import org.fascia.screening.GateDecision;
import org.springframework.stereotype.Component;

/**
 * What a client reads when their screening stops an online booking: plain, kind, never a diagnosis,
 * with the way forward. Staff read the gate's own reasons instead. The words come from the message bundle.
 */
@Component
class ScreeningWords {

	/** The note and whether a consultation can still be booked. */
	record Note(String decision, String heading, String text, boolean consultationPossible) {
	}

	private final Words words;

	ScreeningWords(Words words) {
		this.words = words;
	}

	Note of(Decision decision) {
		return switch (decision) {
			case EMERGENCY_REFERRAL -> new Note(decision.name(), words.text("booking.screening.emergency"),
					words.text("booking.screening.emergency.text"), false);
			case URGENT_REFERRAL -> new Note(decision.name(), words.text("booking.screening.urgent"),
					words.text("booking.screening.urgent.text"), true);
			case NEEDS_CLEARANCE -> new Note(decision.name(), words.text("booking.screening.clearance"),
					words.text("booking.screening.clearance.text"), true);
			default -> null;
		};
	}

	Note of(GateDecision decision) {
		return decision.allowed() || decision.decision() == null ? null : of(decision.decision());
	}

	/** The note for a refusal of the gate (the problem carries the decision), or null for any other problem. */
	Note of(ApiProblem problem) {
		Map<String, Object> properties = problem.getBody().getProperties();
		if (properties == null || !(properties.get("decision") instanceof String name)
				|| !properties.containsKey("overridable")) {
			return null;
		}
		return of(Decision.valueOf(name));
	}

}
