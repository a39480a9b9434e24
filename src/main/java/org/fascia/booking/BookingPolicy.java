package org.fascia.booking;

import java.time.Duration;
import java.time.Instant;

import org.fascia.platform.Pure;

/**
 * The clinic's booking rules, each a named, pure check. A refusal names the rule and the clinic's limit; the
 * reason a person reads comes from the message bundle ({@link BookingService#reason}).
 */
@Pure
public record BookingPolicy(int slotStepMinutes, int minimumNoticeHours, int bookingHorizonDays,
		int cancellationWindowHours, int reminderHours) {

	/** The rule that refused a time. */
	public enum Rule {

		/** The time has passed. */
		PAST,
		/** Less notice than the clinic's minimum ({@code limit} hours). */
		MINIMUM_NOTICE,
		/** Further out than the booking horizon ({@code limit} days). */
		BOOKING_HORIZON,
		/** Inside the cancellation window ({@code limit} hours before the appointment). */
		CANCELLATION_WINDOW

	}

	/** The outcome of a rule: allowed, or refused by a rule with the clinic's limit. */
	public record Decision(boolean allowed, Rule rule, int limit) {

		static final Decision ALLOWED = new Decision(true, null, 0);

		static Decision refused(Rule rule, int limit) {
			return new Decision(false, rule, limit);
		}

	}

	public Decision notInThePast(Instant now, Instant start) {
		return start.isAfter(now) ? Decision.ALLOWED : Decision.refused(Rule.PAST, 0);
	}

	public Decision minimumNotice(Instant now, Instant start) {
		return start.isBefore(now.plus(Duration.ofHours(minimumNoticeHours)))
				? Decision.refused(Rule.MINIMUM_NOTICE, minimumNoticeHours)
				: Decision.ALLOWED;
	}

	public Decision bookingHorizon(Instant now, Instant start) {
		return start.isAfter(now.plus(Duration.ofDays(bookingHorizonDays)))
				? Decision.refused(Rule.BOOKING_HORIZON, bookingHorizonDays)
				: Decision.ALLOWED;
	}

	public Decision cancellationWindow(Instant now, Instant start) {
		return start.isBefore(now.plus(Duration.ofHours(cancellationWindowHours)))
				? Decision.refused(Rule.CANCELLATION_WINDOW, cancellationWindowHours)
				: Decision.ALLOWED;
	}

}
