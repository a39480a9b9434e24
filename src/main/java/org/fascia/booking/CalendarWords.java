package org.fascia.booking;

import org.fascia.platform.Words;
import org.springframework.stereotype.Component;

/**
 * The staff calendar's words that depend on an appointment, from the message bundle (issue 7, requirement 7):
 * its status, its readiness badge and the one-sentence summary that is the accessible name of its block. The
 * calendar template calls it as {@code ${@calendarWords.summary(e)}}; the therapist's private feed describes each
 * event with its status word.
 */
@Component("calendarWords")
class CalendarWords {

	private final Words words;

	CalendarWords(Words words) {
		this.words = words;
	}

	/** e.g. "Late cancellation". */
	public String status(AppointmentStatus status) {
		return switch (status) {
			case BOOKED -> words.text("booking.status.BOOKED");
			case CANCELLED -> words.text("booking.status.CANCELLED");
			case LATE_CANCELLED -> words.text("booking.status.LATE_CANCELLED");
			case NO_SHOW -> words.text("booking.status.NO_SHOW");
			case COMPLETED -> words.text("booking.status.COMPLETED");
		};
	}

	/** The readiness badge ("not ready", "re-screen needed"), or null when there is none. */
	public String readiness(CalendarEntry entry) {
		if (entry.readiness() == null) {
			return null;
		}
		return "NOT_READY".equals(entry.readiness()) ? words.text("booking.calendar.readiness.notReady")
				: words.text("booking.calendar.readiness.rescreen");
	}

	/** e.g. "10:00 to 11:00, Alex M., Deep tissue massage (60 min), Room 1, Booked, not ready, with Maya Chen". */
	public String summary(CalendarEntry e) {
		String readiness = readiness(e);
		return readiness == null
				? words.text("booking.calendar.summary", e.startTime(), e.endTime(), e.clientShort(), e.service(), e.room(),
						status(e.status()), e.therapist())
				: words.text("booking.calendar.summary.ready", e.startTime(), e.endTime(), e.clientShort(), e.service(),
						e.room(), status(e.status()), readiness, e.therapist());
	}

}
