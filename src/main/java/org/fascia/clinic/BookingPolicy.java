package org.fascia.clinic;

import java.time.Duration;

/**
 * The clinic's booking rules: slots start every {@code slotStepMinutes} from the start of a working
 * interval; a client books at least {@code minimumNoticeHours} ahead and at most
 * {@code bookingHorizonDays} ahead, cancels free of charge up to {@code cancellationWindowHours}
 * before, and is reminded {@code reminderHours} before.
 */
public record BookingPolicy(int slotStepMinutes, int minimumNoticeHours, int bookingHorizonDays,
		int cancellationWindowHours, int reminderHours) {

	public Duration slotStep() {
		return Duration.ofMinutes(slotStepMinutes);
	}

	public Duration minimumNotice() {
		return Duration.ofHours(minimumNoticeHours);
	}

	public Duration bookingHorizon() {
		return Duration.ofDays(bookingHorizonDays);
	}

	public Duration cancellationWindow() {
		return Duration.ofHours(cancellationWindowHours);
	}

	public Duration reminder() {
		return Duration.ofHours(reminderHours);
	}

}
