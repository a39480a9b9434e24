package org.fascia.booking;

import java.time.Instant;

/** An appointment with the names a person needs, for pages. */
public record AppointmentView(long id, long clientId, Instant start, Instant end, AppointmentStatus status,
		long serviceId, String service, long therapistId, String therapist, String room, boolean changeable) {

	public String statusLabel() {
		return switch (status) {
			case BOOKED -> "Booked";
			case CANCELLED -> "Cancelled";
			case LATE_CANCELLED -> "Late cancellation";
			case NO_SHOW -> "Missed";
			case COMPLETED -> "Completed";
		};
	}

}
