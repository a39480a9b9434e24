package org.fascia.screening;

import java.time.Instant;
import java.util.List;

/**
 * One screening as stored: its result exactly as the engine produced it, with the rules' version and
 * who entered it.
 *
 * @param responseId the intake response it was evaluated from, or null (e.g. through the API)
 * @param createdBy the user who submitted it, or null (a single-use link)
 */
public record StoredScreening(long id, long clientId, Long responseId, ScreeningKind kind, ScreeningResult result,
		String rulesVersion, boolean staffEntered, Long createdBy, Instant createdAt) {

	public Decision decision() {
		return result.decision();
	}

	/** The rules that ask for a physician's clearance, each once, in the order they fired. */
	public List<String> rulesNeedingClearance() {
		return Screenings.rulesNeedingClearance(result);
	}

}
