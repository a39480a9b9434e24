package org.fascia.privacy;

import java.time.Instant;

/** A client's request to erase their data, and, once carried out, what the client was told. */
public record ErasureRequest(long id, long clientId, String clientName, String reason, Instant requestedAt,
		boolean open, Instant handledAt, String handledBy, String outcome) {
}
