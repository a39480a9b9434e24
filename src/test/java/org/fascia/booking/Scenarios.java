package org.fascia.booking;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.fascia.booking.AvailabilityRequest.Busy;
import org.fascia.booking.AvailabilityRequest.DatedException;
import org.fascia.booking.AvailabilityRequest.DatedException.Kind;
import org.fascia.booking.AvailabilityRequest.ServiceSpec;
import org.fascia.booking.AvailabilityRequest.TherapistSchedule;
import org.fascia.booking.AvailabilityRequest.WeeklyHours;

/**
 * Generated availability requests for the properties: up to four therapists with random weekly hours
 * and exceptions, up to three rooms, up to twenty appointments, over one to four days that often
 * include a DST change in London or New York. Times fall on 5-minute marks.
 */
final class Scenarios {

	private static final int DAY = 1440;

	private Scenarios() {
	}

	static Arbitrary<AvailabilityRequest> requests() {
		Arbitrary<ZoneId> zones = Arbitraries.of("UTC", "Europe/London", "America/New_York").map(ZoneId::of);
		Arbitrary<LocalDate> firstDays = Arbitraries.of(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 8),
				LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 29), LocalDate.of(2026, 6, 10),
				LocalDate.of(2026, 10, 24), LocalDate.of(2026, 10, 25), LocalDate.of(2026, 10, 31),
				LocalDate.of(2026, 11, 1));
		Arbitrary<ServiceSpec> services = Combinators.combine(fives(1, 24), fives(0, 6))
			.as((minutes, buffer) -> new ServiceSpec(1, Duration.ofMinutes(minutes), Duration.ofMinutes(buffer)));
		Arbitrary<Policy> policies = Combinators
			.combine(Arbitraries.of(5, 10, 15, 30, 60), fives(0, DAY / 5).injectNull(0.5),
					fives(DAY / 5, 4 * DAY / 5).injectNull(0.5), Arbitraries.of(false, true))
			.as(Policy::new);
		return Combinators
			.combine(zones, firstDays, Arbitraries.integers().between(0, 3), services,
					therapist().list().ofMinSize(1).ofMaxSize(4), Arbitraries.integers().between(1, 3),
					busy().list().ofMaxSize(20), policies)
			.as(Scenario::new)
			.map(Scenario::request);
	}

	/** The same request with anyTherapist set as given. */
	static AvailabilityRequest anyTherapist(AvailabilityRequest r, boolean any) {
		return new AvailabilityRequest(r.zone(), r.from(), r.to(), r.service(), r.therapists(), r.roomIds(), r.busy(),
				r.earliestStart(), r.latestStart(), r.slotStepMinutes(), any);
	}

	/** The same request with other busy intervals. */
	static AvailabilityRequest busy(AvailabilityRequest r, List<Busy> busy) {
		return new AvailabilityRequest(r.zone(), r.from(), r.to(), r.service(), r.therapists(), r.roomIds(), busy,
				r.earliestStart(), r.latestStart(), r.slotStepMinutes(), r.anyTherapist());
	}

	private static Arbitrary<Integer> fives(int min, int max) {
		return Arbitraries.integers().between(min, max).map((n) -> n * 5);
	}

	private static Arbitrary<RawTherapist> therapist() {
		Arbitrary<WeeklyHours> weekly = Combinators
			.combine(Arbitraries.of(DayOfWeek.class), fives(0, DAY / 5 - 1), fives(1, 144))
			.as((day, start, length) -> new WeeklyHours(day, time(start), time(Math.min(start + length, DAY))));
		Arbitrary<RawException> exceptions = Combinators
			.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(Kind.class), fives(0, DAY / 5 - 1),
					fives(1, 72), Arbitraries.of(false, false, true))
			.as(RawException::new);
		return Combinators.combine(weekly.list().ofMinSize(3).ofMaxSize(14), exceptions.list().ofMaxSize(3)).as(RawTherapist::new);
	}

	private static Arbitrary<RawBusy> busy() {
		return Combinators
			.combine(Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 4),
					fives(-36, 4 * DAY / 5 + 36), fives(1, 48))
			.as(RawBusy::new);
	}

	/** A minute of the day as a time; 1440 is midnight at the end of the day. */
	private static LocalTime time(int minute) {
		return (minute >= DAY) ? LocalTime.MIDNIGHT : LocalTime.of(minute / 60, minute % 60);
	}

	private record Policy(int step, Integer earliestMinute, Integer latestMinute, boolean anyTherapist) {
	}

	private record RawTherapist(List<WeeklyHours> weekly, List<RawException> exceptions) {
	}

	private record RawException(int day, Kind kind, int start, int length, boolean wholeDay) {

		DatedException on(LocalDate from) {
			LocalDate date = from.plusDays(this.day);
			if (this.wholeDay && this.kind == Kind.TIME_OFF) {
				return new DatedException(date, null, null, this.kind);
			}
			int end = Math.min(this.start + this.length, DAY - 5);
			return new DatedException(date, time(Math.min(this.start, end - 5)), time(end), this.kind);
		}

	}

	private record RawBusy(int therapistId, int roomId, int startMinute, int minutes) {
	}

	private record Scenario(ZoneId zone, LocalDate from, int days, ServiceSpec service, List<RawTherapist> therapists,
			int rooms, List<RawBusy> busy, Policy policy) {

		AvailabilityRequest request() {
			Instant origin = this.from.atStartOfDay(this.zone).toInstant();
			List<TherapistSchedule> schedules = new ArrayList<>();
			for (int i = 0; i < this.therapists.size(); i++) {
				RawTherapist raw = this.therapists.get(i);
				schedules.add(new TherapistSchedule(i + 1, raw.weekly(),
						raw.exceptions().stream().map((e) -> e.on(this.from)).toList()));
			}
			List<Busy> busy = this.busy.stream()
				.map((b) -> new Busy(b.therapistId(), b.roomId(), minutes(origin, b.startMinute()),
						minutes(origin, b.startMinute() + b.minutes())))
				.toList();
			List<Long> rooms = IntStream.rangeClosed(1, this.rooms).mapToObj(Long::valueOf).toList();
			return new AvailabilityRequest(this.zone, this.from, this.from.plusDays(this.days), this.service,
					schedules, rooms, busy, minutes(origin, this.policy.earliestMinute()),
					minutes(origin, this.policy.latestMinute()), this.policy.step(), this.policy.anyTherapist());
		}

		private static Instant minutes(Instant origin, Integer minutes) {
			return (minutes != null) ? origin.plus(Duration.ofMinutes(minutes)) : null;
		}

	}

}
