package org.fascia.booking;

import java.util.Set;

/** BOOKED, COMPLETED and NO_SHOW occupy their time; cancellations free it. */
public enum AppointmentStatus {

	BOOKED, CANCELLED, LATE_CANCELLED, NO_SHOW, COMPLETED;

	static final Set<AppointmentStatus> OCCUPYING = Set.of(BOOKED, COMPLETED, NO_SHOW);

	/** For SQL: the statuses that occupy time. */
	static final String OCCUPYING_SQL = "('BOOKED', 'COMPLETED', 'NO_SHOW')";

}
