package org.fascia.booking;

import java.util.Map;

import org.fascia.screening.Decision;
import org.fascia.screening.GateDecision;
import org.fascia.platform.ApiProblem;

/**
 * What a client reads when their screening stops an online booking: plain, kind, never a diagnosis,
 * with the way forward. Staff read the gate's own reasons instead.
 */
final class ScreeningWords {

	/** The note and whether a consultation can still be booked. */
	record Note(String decision, String heading, String text, boolean consultationPossible) {
	}

	private ScreeningWords() {
	}

	static Note of(Decision decision) {
		return switch (decision) {
			case EMERGENCY_REFERRAL -> new Note(decision.name(), "Please get medical help now",
					"Some of your answers mean a doctor should see you today. Please call emergency services or go to "
							+ "an emergency department now. Once a doctor has seen you, answer the health questions "
							+ "again and we will gladly book you.", false);
			case URGENT_REFERRAL -> new Note(decision.name(), "Please see a doctor first",
					"Some of your answers need a doctor to look at them within the next few days, before any massage "
							+ "treatment. You can still book a consultation with us. Once you have seen your doctor, "
							+ "update your health questions and we can book your treatment.", true);
			case NEEDS_CLEARANCE -> new Note(decision.name(),
					"We need a note from your doctor before we can book a treatment",
					"Because of some of your health answers, we ask your doctor to confirm that massage is fine for "
							+ "you. You can download a letter to take to them; a consultation can still be booked.", true);
			default -> null;
		};
	}

	static Note of(GateDecision decision) {
		return decision.allowed() || decision.decision() == null ? null : of(decision.decision());
	}

	/** The note for a refusal of the gate (the problem carries the decision), or null for any other problem. */
	static Note of(ApiProblem problem) {
		Map<String, Object> properties = problem.getBody().getProperties();
		if (properties == null || !(properties.get("decision") instanceof String name)
				|| !properties.containsKey("overridable")) {
			return null;
		}
		return of(Decision.valueOf(name));
	}

}
