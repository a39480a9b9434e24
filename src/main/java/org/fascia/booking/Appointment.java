package org.fascia.booking;

import java.time.Instant;

/** An appointment as other modules and the API see it. */
public record Appointment(long id, long clientId, long therapistId, long roomId, long serviceId, Instant start,
		Instant end, Instant occupiedUntil, AppointmentStatus status, Long seriesId, String statusReason, int version) {
}
