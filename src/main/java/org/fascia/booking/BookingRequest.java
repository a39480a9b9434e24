package org.fascia.booking;

import java.time.Instant;

/**
 * A request to book one appointment: the service, the therapist, the exact start, for whom.
 *
 * @param screeningOverride the owner's reason to book despite the client's screening, or null
 */
public record BookingRequest(long serviceId, long therapistId, Instant start, long clientId, String screeningOverride) {

	public BookingRequest(long serviceId, long therapistId, Instant start, long clientId) {
		this(serviceId, therapistId, start, clientId, null);
	}

}
