package org.fascia.booking;

import java.time.Instant;

/**
 * An appointment with the names a person needs, for pages. {@code statusLabel}: the status as the client reads it
 * ("Missed" for a no-show), from the message bundle ({@code booking.visit.status.*}).
 */
public record AppointmentView(long id, long clientId, Instant start, Instant end, AppointmentStatus status,
		long serviceId, String service, long therapistId, String therapist, String room, boolean changeable,
		String statusLabel) {
}
