package org.fascia.benchmark;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.fascia.booking.AvailabilityRequest;
import org.fascia.booking.AvailabilityRequest.Busy;
import org.fascia.booking.AvailabilityRequest.ServiceSpec;
import org.fascia.booking.AvailabilityRequest.TherapistSchedule;

/**
 * A busy clinic for benchmarks, the same for every run of the same seed: 30 therapists with realistic
 * weekly hours (see {@link BenchmarkShifts}), 10 rooms, five services, and 6,000 appointments over 8
 * weeks that never overlap for a therapist or a room (buffers included) and lie within working hours.
 * It is in Europe/London from Monday 2 March 2026, so the weeks include the change to summer time
 * (or from another Monday, for {@link BookingBenchmark}, which needs the weeks in the future).
 * <p>
 * The availability micro-benchmark feeds it to {@code Availability} directly; an end-to-end benchmark
 * can write the same therapists, rooms, services and appointments to a database.
 *
 * @param zone the clinic's time zone
 * @param firstDay the first day of the first week (a Monday)
 * @param weeks how many weeks the appointments cover
 * @param services the services (ids 1 to 5), with their durations and buffers
 * @param therapists the therapists (ids 1 to 30) with their weekly hours and exceptions
 * @param roomIds the rooms (ids 1 to 10)
 * @param appointments the appointments, sorted by start
 */
public record BenchmarkClinic(ZoneId zone, LocalDate firstDay, int weeks, List<ServiceSpec> services,
		List<TherapistSchedule> therapists, List<Long> roomIds, List<Appointment> appointments) {

	public static final long SEED = 20260302L;

	public static final ZoneId ZONE = ZoneId.of("Europe/London");

	public static final int THERAPISTS = 30;

	public static final int ROOMS = 10;

	public static final int WEEKS = 8;

	public static final int APPOINTMENTS = 6_000;

	/** 15-minute consultation, 30-minute check-up, 45-minute myofascial, 60- and 90-minute deep tissue. */
	public static final List<ServiceSpec> SERVICES = List.of(service(1, 15, 5), service(2, 30, 10),
			service(3, 45, 10), service(4, 60, 10), service(5, 90, 10));

	/** How often each service is booked, in the order of {@link #SERVICES}. */
	private static final int[] SERVICE_WEIGHTS = { 3, 3, 2, 3, 1 };

	/** An appointment: its service runs [start, end); its therapist and room stay busy until the buffer ends. */
	public record Appointment(long therapistId, long roomId, ServiceSpec service, Instant start) {

		public Instant end() {
			return this.start.plus(this.service.duration());
		}

		public Busy busy() {
			return new Busy(this.therapistId, this.roomId, this.start, end().plus(this.service.buffer()));
		}

	}

	/** The standard benchmark clinic. */
	public static BenchmarkClinic generate() {
		return generate(SEED);
	}

	public static BenchmarkClinic generate(long seed) {
		return generate(seed, LocalDate.of(2026, 3, 2));
	}

	/**
	 * The clinic of a seed with its 8 weeks starting on another Monday, e.g. next Monday for a benchmark
	 * against the running application, where availability hides past times.
	 */
	public static BenchmarkClinic generate(long seed, LocalDate firstDay) {
		if (firstDay.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new IllegalArgumentException("The weeks start on a Monday, not on " + firstDay);
		}
		Random random = new Random(seed);
		ZoneId zone = ZONE;
		List<TherapistSchedule> therapists = LongStream.rangeClosed(1, THERAPISTS)
			.mapToObj((id) -> BenchmarkShifts.schedule(id, firstDay, WEEKS, random))
			.toList();
		List<Appointment> booked = new ArrayList<>();
		for (LocalDate day = firstDay; day.isBefore(firstDay.plusWeeks(WEEKS)); day = day.plusDays(1)) {
			if (day.getDayOfWeek() != DayOfWeek.SUNDAY) {
				book(zone, day, therapists, random, booked);
			}
		}
		if (booked.size() < APPOINTMENTS) {
			throw new IllegalStateException("Only " + booked.size() + " appointments fit; expected " + APPOINTMENTS);
		}
		// Fill the diary densely, then free random times: gaps where a booking could go, as in a real clinic.
		Collections.shuffle(booked, random);
		List<Appointment> appointments = new ArrayList<>(booked.subList(0, APPOINTMENTS));
		appointments.sort(Comparator.comparing(Appointment::start).thenComparingLong(Appointment::therapistId));
		List<Long> rooms = LongStream.rangeClosed(1, ROOMS).boxed().toList();
		return new BenchmarkClinic(zone, firstDay, WEEKS, SERVICES, therapists, rooms, List.copyOf(appointments));
	}

	/** The busy time of every appointment, as {@code Availability} reads it. */
	public List<Busy> busy() {
		return this.appointments.stream().map(Appointment::busy).toList();
	}

	public LocalDate lastDay() {
		return this.firstDay.plusWeeks(this.weeks).minusDays(1);
	}

	/**
	 * A request as the booking page would make it: from the start of the first day (no notice), with a
	 * 60-day horizon and a 15-minute step.
	 */
	public AvailabilityRequest request(ServiceSpec service, LocalDate from, int days, List<TherapistSchedule> who,
			boolean anyTherapist) {
		Instant now = from.atStartOfDay(this.zone).toInstant();
		return new AvailabilityRequest(this.zone, from, from.plusDays(days - 1L), service, who, this.roomIds, busy(), now,
				now.plus(Duration.ofDays(60)), 15, anyTherapist);
	}

	/**
	 * Books one day greedily: every 5 minutes, each free room (in random order) gets a random service
	 * with a random therapist who is free and working throughout it, or now and then stays empty.
	 */
	private static void book(ZoneId zone, LocalDate day, List<TherapistSchedule> therapists, Random random,
			List<Appointment> out) {
		boolean[][] working = new boolean[therapists.size()][];
		int[] therapistFree = new int[therapists.size()];
		for (int t = 0; t < therapists.size(); t++) {
			working[t] = BenchmarkDiary.workingMinutes(therapists.get(t), day);
		}
		int[] roomFree = new int[ROOMS];
		List<Integer> rooms = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
		for (int minute = 0; minute < 24 * 60; minute += 5) {
			Collections.shuffle(rooms, random);
			for (int room : rooms) {
				if (roomFree[room] > minute) {
					continue;
				}
				if (random.nextInt(100) < 8) {
					roomFree[room] = minute + 15;
					continue;
				}
				ServiceSpec service = pickService(random);
				int length = (int) service.duration().toMinutes();
				int occupied = length + (int) service.buffer().toMinutes();
				List<Integer> free = new ArrayList<>();
				for (int t = 0; t < therapists.size(); t++) {
					if (therapistFree[t] <= minute && BenchmarkDiary.covers(working[t], minute, length)) {
						free.add(t);
					}
				}
				if (!free.isEmpty()) {
					int t = free.get(random.nextInt(free.size()));
					Instant start = ZonedDateTime.of(day.atStartOfDay().plusMinutes(minute), zone).toInstant();
					out.add(new Appointment(therapists.get(t).therapistId(), room + 1L, service, start));
					therapistFree[t] = minute + occupied;
					roomFree[room] = minute + occupied;
				}
			}
		}
	}

	private static ServiceSpec pickService(Random random) {
		int pick = random.nextInt(12);
		for (int i = 0; i < SERVICE_WEIGHTS.length; i++) {
			pick -= SERVICE_WEIGHTS[i];
			if (pick < 0) {
				return SERVICES.get(i);
			}
		}
		throw new IllegalStateException("weights add up to 12");
	}

	private static ServiceSpec service(long id, int minutes, int bufferMinutes) {
		return new ServiceSpec(id, Duration.ofMinutes(minutes), Duration.ofMinutes(bufferMinutes));
	}

}
