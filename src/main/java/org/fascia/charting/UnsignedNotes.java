package org.fascia.charting;

import java.time.Duration;
import java.time.Instant;

import org.fascia.booking.AppointmentStatus;
import org.fascia.platform.Pure;

/**
 * The to-do rule of issue 5, requirement 7: a session's note is overdue when 48 hours have passed since
 * the appointment's start (48 real hours, whatever the clocks do over a daylight-saving weekend) and
 * the note is missing or still a draft. Cancelled, late-cancelled and missed appointments need no note.
 */
@Pure
public final class UnsignedNotes {

	public static final Duration DUE_AFTER = Duration.ofHours(48);

	private UnsignedNotes() {
	}

	/** Whether the appointment's note is overdue at {@code now}; exactly 48 h after the start is overdue. */
	public static boolean due(Instant appointmentStart, AppointmentStatus status, boolean signed, Instant now) {
		return needsNote(status) && !signed && !now.isBefore(appointmentStart.plus(DUE_AFTER));
	}

	/** Appointments that started at or before this instant are due (for the SQL). */
	public static Instant startedBy(Instant now) {
		return now.minus(DUE_AFTER);
	}

	static boolean needsNote(AppointmentStatus status) {
		return status == AppointmentStatus.BOOKED || status == AppointmentStatus.COMPLETED;
	}

}
