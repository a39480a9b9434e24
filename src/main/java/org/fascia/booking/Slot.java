package org.fascia.booking;

import java.time.Instant;

/** A bookable slot: the service runs [start, end); its buffer follows end. */
public record Slot(Instant start, Instant end, long therapistId, long roomId) {
}
