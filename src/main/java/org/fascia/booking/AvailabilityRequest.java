package org.fascia.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Everything {@link Availability} needs, as plain data. Dates and wall-clock times are in
 * {@link #zone}; instants are UTC.
 *
 * @param zone the clinic's time zone
 * @param from first day, inclusive
 * @param to last day, inclusive
 * @param service the service's duration and the buffer (room turnover) after it
 * @param therapists the therapists who offer the service (one when a therapist was chosen)
 * @param roomIds the rooms that can host it
 * @param busy existing active appointments, each occupying its therapist and room from start until
 * end plus buffer
 * @param earliestStart no slot starts before this (now plus minimum notice)
 * @param latestStart no slot starts after this (now plus booking horizon)
 * @param slotStepMinutes slots start every this many minutes from the start of each working interval
 * @param anyTherapist when true, one slot per start time (the least-booked therapist that day); when
 * false, one slot per therapist and start time
 */
public record AvailabilityRequest(ZoneId zone, LocalDate from, LocalDate to, ServiceSpec service,
		List<TherapistSchedule> therapists, List<Long> roomIds, List<Busy> busy, Instant earliestStart,
		Instant latestStart, int slotStepMinutes, boolean anyTherapist) {

	public AvailabilityRequest {
		Objects.requireNonNull(zone, "zone");
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(service, "service");
		therapists = List.copyOf(therapists);
		roomIds = List.copyOf(roomIds);
		busy = List.copyOf(busy);
		if (slotStepMinutes < 5 || slotStepMinutes > 240) {
			throw new IllegalArgumentException("slot step must be 5 to 240 minutes");
		}
	}

	/** A service's length and the turnover time after it. */
	public record ServiceSpec(long id, Duration duration, Duration buffer) {
	}

	/** A therapist's weekly hours and dated exceptions. */
	public record TherapistSchedule(long therapistId, List<WeeklyHours> weekly, List<DatedException> exceptions) {

		public TherapistSchedule {
			weekly = List.copyOf(weekly);
			exceptions = List.copyOf(exceptions);
		}

	}

	/** One interval of weekly working hours in wall-clock time. */
	public record WeeklyHours(DayOfWeek day, LocalTime start, LocalTime end) {
	}

	/**
	 * A change to one day: TIME_OFF removes [start, end) (the whole day when both are null);
	 * EXTRA_HOURS adds [start, end).
	 */
	public record DatedException(LocalDate date, LocalTime start, LocalTime end, Kind kind) {

		public enum Kind {

			TIME_OFF, EXTRA_HOURS

		}

	}

	/** Time taken by an existing appointment: its therapist and room, from start to end plus buffer. */
	public record Busy(long therapistId, long roomId, Instant start, Instant end) {
	}

}
