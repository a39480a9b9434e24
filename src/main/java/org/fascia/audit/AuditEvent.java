package org.fascia.audit;

import java.time.Instant;

/** One stored audit event; {@code hash} covers every other field and the previous event's hash. */
public record AuditEvent(long seq, Instant occurredAt, String actor, String actorRole, String action,
		String subjectType, String subjectId, AuditOutcome outcome, String clientIp, String detail, String prevHash,
		String hash) {
}
