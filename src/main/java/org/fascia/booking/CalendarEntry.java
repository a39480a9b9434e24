package org.fascia.booking;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * One appointment as the staff calendar shows it: a read model with the names joined in, and its
 * wall-clock times in the clinic's zone. {@code readiness}: {@code NOT_READY} or {@code RESCREEN} for a
 * booked treatment with something still to do before it, else null. Its words (status, badge, the one-sentence
 * summary) come from the message bundle through {@link CalendarWords}.
 */
record CalendarEntry(long id, long therapistId, String therapist, long clientId, String clientFirstName,
		String clientLastName, long serviceId, String service, String room, AppointmentStatus status, Instant start,
		Instant end, LocalDateTime localStart, LocalDateTime localEnd, int version,
		String readiness) {

	private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

	/** First name and last initial, e.g. "Alex M.": enough to recognise, little to overhear. */
	public String clientShort() {
		String last = clientLastName == null || clientLastName.isBlank() ? ""
				: " " + clientLastName.strip().substring(0, 1).toUpperCase() + ".";
		return clientFirstName + last;
	}

	public String clientFull() {
		return clientFirstName + " " + clientLastName;
	}

	/** e.g. "10:00–11:00". */
	public String times() {
		return HH_MM.format(localStart) + "–" + HH_MM.format(localEnd);
	}

	public String startTime() {
		return HH_MM.format(localStart);
	}

	public String endTime() {
		return HH_MM.format(localEnd);
	}

	public boolean hasReadinessBadge() {
		return readiness != null;
	}

	/** The CSS class of the status colour, e.g. "status-no-show". */
	public String statusClass() {
		return "status-" + status.name().toLowerCase().replace('_', '-');
	}

	public boolean occupying() {
		return status.occupying();
	}

}
