package org.fascia.intake;

/**
 * Published (synchronously, inside the submitting transaction) when a client's intake or health-change
 * response is complete. Listeners read the answers through {@link IntakeResponses}.
 *
 * @param clientId the client
 * @param responseId the submitted response
 * @param kind what was submitted
 * @param appointmentId the visit a health-change check belongs to, else null
 * @param staffEntered whether staff entered it on the client's behalf
 * @param userId who submitted it (null for a single-use link)
 */
public record IntakeSubmitted(long clientId, long responseId, Kind kind, Long appointmentId, boolean staffEntered,
		Long userId) {

	public enum Kind {
		/** The full health-history intake. */
		INTAKE,
		/** "Has anything about your health changed since your last visit?" answered with the changed items. */
		HEALTH_CHANGE,
		/** Symptom answers from a session follow-up. */
		FOLLOW_UP
	}

}
