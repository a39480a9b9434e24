package org.fascia.outcomes;

import java.time.Instant;
import java.util.List;

/**
 * One questionnaire round a client is asked to fill in (table {@code outcome_request}, V21): which instruments,
 * for which visit or plan, when it is due, and where it stands (sent, re-sent, answered, missed, cancelled).
 */
public record OutcomeRequest(long id, long clientId, OutcomeRound round, List<Instrument> instruments,
		Long appointmentId, Long planRef, Instant dueAt, Instant sentAt, Instant expiresAt, Instant resentAt,
		Instant completedAt, Instant missedAt, Instant cancelledAt) {

	public OutcomeRequest {
		instruments = List.copyOf(instruments);
	}

	/** Whether the client can still answer it at {@code now}: due, not answered, not cancelled, not expired. */
	public boolean open(Instant now) {
		return completedAt == null && cancelledAt == null && missedAt == null && !dueAt.isAfter(now)
				&& (expiresAt == null || now.isBefore(expiresAt));
	}

}
