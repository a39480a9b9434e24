package org.fascia.messaging;

import java.time.Instant;

/** A mail as the outbox holds it, for the owner's mail viewer. */
public record StoredMail(long id, String messageId, String recipient, String subject, String bodyText,
		String attachmentName, String status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
		Instant sentAt) {
}
