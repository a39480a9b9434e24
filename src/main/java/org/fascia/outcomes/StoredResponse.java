package org.fascia.outcomes;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * One scored questionnaire as stored: the answers as given (keyed by linkId) with the instrument version, the
 * score and its parts, the round, the visit it belongs to (VISIT) and the request it answered, who gave it and when.
 * {@code activities} is the number of PSFS activities rated (null for other instruments).
 */
public record StoredResponse(long id, long clientId, Instrument instrument, String instrumentVersion,
		OutcomeRound round, Long appointmentId, Long requestId, Map<String, Object> answers, Score score,
		Integer activities, OutcomeSource source, Long enteredBy, Instant takenAt) {

	public StoredResponse {
		java.util.Map<String, Object> kept = new java.util.LinkedHashMap<>();
		answers.forEach((k, v) -> {
			if (v != null) {
				kept.put(k, v);
			}
		});
		answers = java.util.Collections.unmodifiableMap(kept);
	}

	public BigDecimal value() {
		return score.score();
	}

	/** The PSFS activity names of this response, in order (empty for other instruments). */
	public java.util.List<String> activityNames() {
		java.util.List<String> names = new java.util.ArrayList<>();
		if (instrument == Instrument.PSFS) {
			for (int i = 1; i <= 3; i++) {
				Object name = answers.get("activity" + i + "_name");
				if (name instanceof String s && !s.isBlank()) {
					names.add(s);
				}
			}
		}
		return names;
	}

}
