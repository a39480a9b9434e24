package org.fascia.booking;

import java.time.Instant;

/** A request to book one appointment: the service, the therapist, the exact start, for whom. */
public record BookingRequest(long serviceId, long therapistId, Instant start, long clientId) {
}
