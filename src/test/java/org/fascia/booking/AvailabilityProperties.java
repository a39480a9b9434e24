package org.fascia.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.fascia.booking.AvailabilityRequest.Busy;
import org.fascia.booking.AvailabilityRequest.DatedException;
import org.fascia.booking.AvailabilityRequest.DatedException.Kind;
import org.fascia.booking.AvailabilityRequest.TherapistSchedule;
import org.fascia.booking.AvailabilityRequest.WeeklyHours;

/**
 * Properties of {@link Availability} over generated clinics (see {@link Scenarios}), each checked
 * against a naive model: working time as a minute-by-minute map of the day, busy time as a plain
 * scan.
 */
class AvailabilityProperties {

	private static final Comparator<Slot> BY_START_THEN_THERAPIST = Comparator.comparing(Slot::start)
		.thenComparingLong(Slot::therapistId);

	@Provide
	Arbitrary<AvailabilityRequest> requests() {
		return Scenarios.requests();
	}

	@Property(tries = 200)
	void noSlotOverlapsABusyIntervalOfItsTherapistOrItsRoom(@ForAll("requests") AvailabilityRequest request) {
		for (Slot slot : Availability.freeSlots(request)) {
			Instant occupiedUntil = slot.end().plus(request.service().buffer());
			assertThat(slot.end()).isEqualTo(slot.start().plus(request.service().duration()));
			assertThat(request.roomIds()).contains(slot.roomId());
			for (Busy busy : request.busy()) {
				if (busy.therapistId() == slot.therapistId() || busy.roomId() == slot.roomId()) {
					assertThat(busy.start().isBefore(occupiedUntil) && busy.end().isAfter(slot.start()))
						.as("%s overlaps %s", slot, busy)
						.isFalse();
				}
			}
		}
	}

	@Property(tries = 200)
	void everySlotLiesInsideItsTherapistsWorkingTimeThatDay(@ForAll("requests") AvailabilityRequest request) {
		ZoneId zone = request.zone();
		for (Slot slot : Availability.freeSlots(request)) {
			ZonedDateTime start = slot.start().atZone(zone);
			LocalDate day = start.toLocalDate();
			assertThat(day).isBetween(request.from(), request.to());
			assertThat(slot.start()).isBetween(orMin(request.earliestStart()), orMax(request.latestStart()));
			boolean[] working = workingMinutes(schedule(request, slot.therapistId()), day);
			int minute = start.getHour() * 60 + start.getMinute();
			assertThat(working[minute]).as("%s starts in working time", slot).isTrue();
			int runStart = minute;
			while (runStart > 0 && working[runStart - 1]) {
				runStart--;
			}
			int runEnd = minute;
			while (runEnd < working.length && working[runEnd]) {
				runEnd++;
			}
			assertThat((minute - runStart) % request.slotStepMinutes()).as("%s is on a step", slot).isZero();
			Instant workEnds = ZonedDateTime.of(day.atStartOfDay().plusMinutes(runEnd), zone).toInstant();
			assertThat(slot.end()).as("%s ends in working time", slot).isBeforeOrEqualTo(workEnds);
		}
	}

	@Property(tries = 200)
	void removingAnAppointmentNeverRemovesASlot(@ForAll("requests") AvailabilityRequest generated,
			@ForAll @IntRange(min = 0, max = 999) int pick) {
		Assume.that(!generated.busy().isEmpty());
		AvailabilityRequest request = Scenarios.anyTherapist(generated, false);
		List<Busy> fewer = new ArrayList<>(request.busy());
		fewer.remove(pick % fewer.size());

		List<Slot> before = Availability.freeSlots(request);
		List<Slot> after = Availability.freeSlots(Scenarios.busy(request, fewer));

		// Same therapist and start may get a lower room once a room frees up, so compare without rooms.
		assertThat(after.stream().map(AvailabilityProperties::withoutRoom))
			.containsAll(before.stream().map(AvailabilityProperties::withoutRoom).toList());
	}

	@Property(tries = 200)
	void anyTherapistOffersEachFreeStartOnceWithTheLeastBookedTherapist(
			@ForAll("requests") AvailabilityRequest request) {
		List<Slot> each = Availability.freeSlots(Scenarios.anyTherapist(request, false));
		List<Slot> any = Availability.freeSlots(Scenarios.anyTherapist(request, true));

		assertThat(each).isSortedAccordingTo(BY_START_THEN_THERAPIST).doesNotHaveDuplicates();
		assertThat(any).extracting(Slot::start).isEqualTo(each.stream().map(Slot::start).distinct().toList());
		for (Slot slot : any) {
			LocalDate day = slot.start().atZone(request.zone()).toLocalDate();
			Slot expected = each.stream()
				.filter((s) -> s.start().equals(slot.start()))
				.min(Comparator.comparingLong((Slot s) -> appointmentsOn(request, s.therapistId(), day))
					.thenComparingLong(Slot::therapistId))
				.orElseThrow();
			assertThat(slot).isEqualTo(expected);
		}
	}

	private static Slot withoutRoom(Slot slot) {
		return new Slot(slot.start(), slot.end(), slot.therapistId(), 0);
	}

	private static long appointmentsOn(AvailabilityRequest request, long therapistId, LocalDate day) {
		return request.busy()
			.stream()
			.filter((b) -> b.therapistId() == therapistId && b.start().atZone(request.zone()).toLocalDate().equals(day))
			.count();
	}

	private static TherapistSchedule schedule(AvailabilityRequest request, long therapistId) {
		return request.therapists().stream().filter((t) -> t.therapistId() == therapistId).findFirst().orElseThrow();
	}

	/** The naive model of rule 1: which wall-clock minutes of the day are working time. */
	private static boolean[] workingMinutes(TherapistSchedule schedule, LocalDate day) {
		boolean[] working = new boolean[1440];
		for (WeeklyHours hours : schedule.weekly()) {
			if (hours.day() == day.getDayOfWeek()) {
				mark(working, hours.start(), hours.end(), true);
			}
		}
		for (Kind kind : List.of(Kind.TIME_OFF, Kind.EXTRA_HOURS)) {
			for (DatedException exception : schedule.exceptions()) {
				if (exception.kind() == kind && exception.date().equals(day)) {
					mark(working, exception.start(), exception.end(), kind == Kind.EXTRA_HOURS);
				}
			}
		}
		return working;
	}

	private static void mark(boolean[] minutes, LocalTime start, LocalTime end, boolean value) {
		int from = (start != null) ? start.getHour() * 60 + start.getMinute() : 0;
		int until = (end == null || end.equals(LocalTime.MIDNIGHT)) ? 1440 : end.getHour() * 60 + end.getMinute();
		for (int minute = from; minute < until; minute++) {
			minutes[minute] = value;
		}
	}

	private static Instant orMin(Instant instant) {
		return (instant != null) ? instant : Instant.MIN;
	}

	private static Instant orMax(Instant instant) {
		return (instant != null) ? instant : Instant.MAX;
	}

}
