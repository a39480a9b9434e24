package org.fascia.booking;

import java.util.Set;

/** BOOKED, COMPLETED and NO_SHOW occupy their time; cancellations free it. */
public enum AppointmentStatus {

	BOOKED("Booked"), CANCELLED("Cancelled"), LATE_CANCELLED("Late cancellation"), NO_SHOW("No-show"),
	COMPLETED("Completed");

	static final Set<AppointmentStatus> OCCUPYING = Set.of(BOOKED, COMPLETED, NO_SHOW);

	/** For SQL: the statuses that occupy time. */
	static final String OCCUPYING_SQL = "('BOOKED', 'COMPLETED', 'NO_SHOW')";

	private final String label;

	AppointmentStatus(String label) {
		this.label = label;
	}

	/**
	 * The status in English, e.g. "Late cancellation": the same words as the bundle's {@code booking.status.*}
	 * (StatusWordsTest keeps them equal). Booking's own pages, mails and feeds read the bundle; this is left for
	 * callers outside booking that have not moved to the bundle yet.
	 */
	public String label() {
		return label;
	}

	public boolean occupying() {
		return OCCUPYING.contains(this);
	}

}
