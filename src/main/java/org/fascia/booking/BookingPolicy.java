package org.fascia.booking;

import java.time.Duration;
import java.time.Instant;

import org.fascia.platform.Pure;

/**
 * The clinic's booking rules, each a named, pure check that answers with a reason a person can read.
 */
@Pure
public record BookingPolicy(int slotStepMinutes, int minimumNoticeHours, int bookingHorizonDays,
		int cancellationWindowHours, int reminderHours) {

	/** The outcome of a rule: allowed, or refused with the reason. */
	public record Decision(boolean allowed, String reason) {

		static final Decision ALLOWED = new Decision(true, null);

		static Decision refused(String reason) {
			return new Decision(false, reason);
		}

	}

	public Decision notInThePast(Instant now, Instant start) {
		return start.isAfter(now) ? Decision.ALLOWED : Decision.refused("This time has already passed.");
	}

	public Decision minimumNotice(Instant now, Instant start) {
		return start.isBefore(now.plus(Duration.ofHours(minimumNoticeHours)))
				? Decision.refused("Online bookings need at least " + minimumNoticeHours
						+ " hours' notice. Please call the clinic for an earlier time.")
				: Decision.ALLOWED;
	}

	public Decision bookingHorizon(Instant now, Instant start) {
		return start.isAfter(now.plus(Duration.ofDays(bookingHorizonDays)))
				? Decision.refused("Bookings open " + bookingHorizonDays + " days ahead; this time is further out.")
				: Decision.ALLOWED;
	}

	public Decision cancellationWindow(Instant now, Instant start) {
		return start.isBefore(now.plus(Duration.ofHours(cancellationWindowHours)))
				? Decision.refused("Changes and cancellations online are possible until " + cancellationWindowHours
						+ " hours before the appointment. Please call the clinic.")
				: Decision.ALLOWED;
	}

}
