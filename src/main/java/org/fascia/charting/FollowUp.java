package org.fascia.charting;

import java.time.Instant;

/**
 * A follow-up after a session and, once the client has answered, what they said: relief, how many hours
 * soreness lasted, and whether they noticed anything new about their health.
 */
public record FollowUp(long id, long appointmentId, long clientId, FollowUpPolicy.Reason reason, Instant sentAt,
		Instant expiresAt, Instant answeredAt, Relief relief, Integer sorenessHours, Boolean newSymptoms,
		Long responseId) {

	/** How the client's back felt after the session; their words are in the bundle: charting.followUp.relief.*. */
	public enum Relief {

		MUCH_BETTER, BETTER, SAME, WORSE

	}

	public boolean answered() {
		return answeredAt != null;
	}

	/** Soreness beyond 36 h: the next session uses less pressure. */
	public boolean sorenessTooLong() {
		return sorenessHours != null && FollowUpPolicy.sorenessTooLong(sorenessHours);
	}

	/** Whether staff should look at the answer: worse, soreness too long, or something new about health. */
	public boolean needsAttention() {
		return answered() && (relief == Relief.WORSE || sorenessTooLong() || Boolean.TRUE.equals(newSymptoms));
	}

}
