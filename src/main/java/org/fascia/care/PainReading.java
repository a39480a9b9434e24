package org.fascia.care;

import java.time.Instant;

/**
 * Today's pain (NPRS 0–10) reported at the start of a session, or the baseline before the first one.
 * @param appointmentId the session's appointment, or null for the baseline (the outcome questionnaire at intake)
 * @param at when it was reported (or the session's start)
 */
public record PainReading(Long appointmentId, Instant at, int pain) {

	public PainReading {
		if (pain < 0 || pain > 10) {
			throw new IllegalArgumentException("pain is 0 to 10 (NPRS), not " + pain);
		}
	}

}
