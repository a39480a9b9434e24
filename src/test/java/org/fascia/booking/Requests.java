package org.fascia.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.fascia.booking.AvailabilityRequest.Busy;
import org.fascia.booking.AvailabilityRequest.DatedException;
import org.fascia.booking.AvailabilityRequest.DatedException.Kind;
import org.fascia.booking.AvailabilityRequest.ServiceSpec;
import org.fascia.booking.AvailabilityRequest.TherapistSchedule;
import org.fascia.booking.AvailabilityRequest.WeeklyHours;

/** A small builder for availability requests in tests, with times written as "09:00". */
final class Requests {

	private ZoneId zone = ZoneId.of("Europe/London");

	private LocalDate from;

	private LocalDate to;

	private ServiceSpec service = new ServiceSpec(1, Duration.ofMinutes(60), Duration.ZERO);

	private List<TherapistSchedule> therapists = new ArrayList<>();

	private List<Long> rooms = List.of(1L);

	private List<Busy> busy = new ArrayList<>();

	private Instant earliest;

	private Instant latest;

	private int step = 15;

	private boolean anyTherapist;

	private Requests(LocalDate from, LocalDate to) {
		this.from = from;
		this.to = to;
	}

	static Requests on(LocalDate day) {
		return new Requests(day, day);
	}

	static Requests between(LocalDate from, LocalDate to) {
		return new Requests(from, to);
	}

	static TherapistSchedule therapist(long id, List<WeeklyHours> weekly, DatedException... exceptions) {
		return new TherapistSchedule(id, weekly, List.of(exceptions));
	}

	static WeeklyHours hours(DayOfWeek day, String start, String end) {
		return new WeeklyHours(day, LocalTime.parse(start), LocalTime.parse(end));
	}

	/** The same hours on every day of the week. */
	static List<WeeklyHours> daily(String start, String end) {
		return Arrays.stream(DayOfWeek.values()).map((day) -> hours(day, start, end)).toList();
	}

	static DatedException timeOff(LocalDate date, String start, String end) {
		return new DatedException(date, time(start), time(end), Kind.TIME_OFF);
	}

	static DatedException extraHours(LocalDate date, String start, String end) {
		return new DatedException(date, time(start), time(end), Kind.EXTRA_HOURS);
	}

	Requests zone(String zone) {
		this.zone = ZoneId.of(zone);
		return this;
	}

	Requests service(int minutes, int bufferMinutes) {
		this.service = new ServiceSpec(1, Duration.ofMinutes(minutes), Duration.ofMinutes(bufferMinutes));
		return this;
	}

	Requests therapists(TherapistSchedule... therapists) {
		this.therapists = List.of(therapists);
		return this;
	}

	Requests rooms(Long... rooms) {
		this.rooms = List.of(rooms);
		return this;
	}

	/** An existing appointment on the first day, in wall-clock times of the zone. */
	Requests busy(long therapistId, long roomId, String start, String end) {
		return busy(therapistId, roomId, this.from, start, end);
	}

	Requests busy(long therapistId, long roomId, LocalDate date, String start, String end) {
		this.busy.add(new Busy(therapistId, roomId, at(date, start), at(date, end)));
		return this;
	}

	Requests earliest(String time) {
		this.earliest = at(this.from, time);
		return this;
	}

	Requests latest(String time) {
		this.latest = at(this.from, time);
		return this;
	}

	Requests step(int minutes) {
		this.step = minutes;
		return this;
	}

	Requests anyTherapist() {
		this.anyTherapist = true;
		return this;
	}

	AvailabilityRequest build() {
		return new AvailabilityRequest(this.zone, this.from, this.to, this.service, this.therapists, this.rooms,
				this.busy, this.earliest, this.latest, this.step, this.anyTherapist);
	}

	List<Slot> slots() {
		return Availability.freeSlots(build());
	}

	/** The instant of a wall-clock time in the request's zone (the earlier one in an overlap). */
	Instant at(LocalDate date, String time) {
		return ZonedDateTime.of(date, LocalTime.parse(time), this.zone).toInstant();
	}

	/** The slots' starts as wall-clock times, "09:00". */
	static List<String> starts(List<Slot> slots, ZoneId zone) {
		return slots.stream().map((slot) -> slot.start().atZone(zone).toLocalTime().toString()).toList();
	}

	private static LocalTime time(String text) {
		return (text != null) ? LocalTime.parse(text) : null;
	}

}
