package org.fascia.charting;

import java.time.Instant;

import org.fascia.booking.AppointmentStatus;

/** The appointment a note belongs to, with the names the note page shows. */
public record SessionAppointment(long id, long clientId, String clientName, long therapistId, Long therapistUserId,
		String therapistName, long serviceId, String serviceName, boolean treatment, Instant start, Instant end,
		AppointmentStatus status) {

	/** Whether the appointment was cancelled or missed, so it needs no note. */
	public boolean withoutSession() {
		return !UnsignedNotes.needsNote(status);
	}

}
