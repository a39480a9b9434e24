package org.fascia.booking;

import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;
import static org.fascia.booking.Requests.daily;
import static org.fascia.booking.Requests.extraHours;
import static org.fascia.booking.Requests.hours;
import static org.fascia.booking.Requests.starts;
import static org.fascia.booking.Requests.therapist;
import static org.fascia.booking.Requests.timeOff;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The rules of {@link Availability}, one example each, on ordinary (non-DST) days in London. */
class AvailabilityTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private static final LocalDate MONDAY_1_JUNE = LocalDate.of(2026, 6, 1);

	private static final LocalDate SUNDAY_7_JUNE = LocalDate.of(2026, 6, 7);

	private final Requests monday = Requests.on(MONDAY_1_JUNE);

	@Test
	void plainDayGivesEveryStepThatFitsWithTheServiceAndRoom() {
		List<Slot> slots = this.monday.therapists(therapist(7, List.of(hours(MONDAY, "09:00", "12:00"))))
			.rooms(4L)
			.slots();

		assertThat(starts(slots, LONDON)).containsExactly("09:00", "09:15", "09:30", "09:45", "10:00", "10:15",
				"10:30", "10:45", "11:00");
		assertThat(slots.get(0)).isEqualTo(new Slot(this.monday.at(MONDAY_1_JUNE, "09:00"),
				this.monday.at(MONDAY_1_JUNE, "10:00"), 7, 4));
		assertThat(slots.get(0).start()).hasToString("2026-06-01T08:00:00Z");
	}

	@Test
	void splitShiftGivesSlotsInBothIntervalsAndNoneInTheBreak() {
		List<Slot> slots = this.monday
			.therapists(therapist(1, List.of(hours(MONDAY, "13:00", "15:00"), hours(MONDAY, "09:00", "11:00"))))
			.step(30)
			.slots();

		assertThat(starts(slots, LONDON)).containsExactly("09:00", "09:30", "10:00", "13:00", "13:30", "14:00");
	}

	@Test
	void touchingIntervalsJoinSoAServiceMayRunAcrossTheJoin() {
		List<Slot> slots = this.monday
			.therapists(therapist(1, List.of(hours(MONDAY, "09:00", "10:30"), hours(MONDAY, "10:30", "11:00"))))
			.step(30)
			.slots();

		assertThat(starts(slots, LONDON)).containsExactly("09:00", "09:30", "10:00");
	}

	@Test
	void anAppointmentAndItsBufferBlockTheFollowingSlots() {
		List<Slot> slots = this.monday.therapists(therapist(1, List.of(hours(MONDAY, "09:00", "13:00"))))
			.service(60, 15)
			.busy(1, 1, "10:00", "11:15") // a 60-minute appointment and its 15-minute buffer
			.slots();

		assertThat(starts(slots, LONDON)).containsExactly("11:15", "11:30", "11:45", "12:00");
	}

	@Test
	void aSlotWhoseBufferWouldOverlapTheNextAppointmentIsNotOffered() {
		Requests withBuffer = Requests.on(MONDAY_1_JUNE)
			.therapists(therapist(1, List.of(hours(MONDAY, "09:00", "10:00"), hours(MONDAY, "11:00", "12:00"))))
			.step(60)
			.busy(1, 1, "10:00", "11:00");

		assertThat(starts(withBuffer.service(60, 0).slots(), LONDON)).containsExactly("09:00", "11:00");
		assertThat(starts(withBuffer.service(60, 15).slots(), LONDON)).containsExactly("11:00");
	}

	@Test
	void touchingIsNotOverlapping() {
		List<Slot> slots = this.monday.therapists(therapist(1, List.of(hours(MONDAY, "09:00", "12:00"))))
			.service(60, 15)
			.step(60)
			.busy(1, 1, "10:15", "11:00")
			.slots();

		assertThat(starts(slots, LONDON)).containsExactly("09:00", "11:00");
	}

	@Test
	void theBufferMayRunPastWorkingHoursButNotIntoABusyRoom() {
		Requests request = Requests.on(MONDAY_1_JUNE)
			.therapists(therapist(1, List.of(hours(MONDAY, "09:00", "10:00"))))
			.service(60, 15);
		assertThat(starts(request.slots(), LONDON)).containsExactly("09:00");

		request.busy(2, 1, "10:10", "11:00"); // another therapist's appointment in the only room
		assertThat(request.slots()).isEmpty();
	}

	@Test
	void oneRoomAllowsOneBookingAtATime() {
		Requests request = Requests.on(MONDAY_1_JUNE)
			.therapists(therapist(1, List.of(hours(MONDAY, "09:00", "11:00"))),
					therapist(2, List.of(hours(MONDAY, "09:00", "11:00"))))
			.step(60);
		List<Slot> free = request.slots();
		assertThat(free).extracting(Slot::therapistId).containsExactly(1L, 2L, 1L, 2L);
		assertThat(free).extracting(Slot::roomId).containsOnly(1L);

		request.busy(1, 1, "09:00", "10:00"); // therapist 1 is booked at 09:00: the room is taken too
		assertThat(request.slots()).extracting(Slot::therapistId).containsExactly(1L, 2L);
		assertThat(starts(request.slots(), LONDON)).containsExactly("10:00", "10:00");

		request.rooms(3L, 2L, 1L); // with more rooms, therapist 2 takes 09:00 in the lowest free one
		assertThat(request.slots()).extracting(Slot::therapistId, Slot::roomId)
			.containsExactly(tuple(2L, 2L), tuple(1L, 1L), tuple(2L, 1L));
	}

	@Test
	void timeOffForTheWholeDayRemovesIt() {
		List<Slot> slots = Requests.between(MONDAY_1_JUNE, MONDAY_1_JUNE.plusDays(1))
			.therapists(therapist(1, daily("09:00", "11:00"), timeOff(MONDAY_1_JUNE, null, null)))
			.step(60)
			.slots();

		assertThat(slots).extracting((slot) -> slot.start().atZone(LONDON).toLocalDate())
			.containsOnly(MONDAY_1_JUNE.plusDays(1));
		assertThat(slots).hasSize(2);
	}

	@Test
	void partialTimeOffCutsAHoleInTheDay() {
		List<Slot> slots = this.monday
			.therapists(therapist(1, List.of(hours(MONDAY, "09:00", "17:00")), timeOff(MONDAY_1_JUNE, "12:00", "13:00"),
					timeOff(MONDAY_1_JUNE.plusDays(7), "09:00", "17:00")))
			.step(60)
			.slots();

		assertThat(starts(slots, LONDON)).containsExactly("09:00", "10:00", "11:00", "13:00", "14:00", "15:00",
				"16:00");
	}

	@Test
	void extraHoursAddTimeOnADayOffAndMergeWithWeeklyHours() {
		List<Slot> sunday = Requests.on(SUNDAY_7_JUNE)
			.therapists(therapist(1, List.of(hours(MONDAY, "09:00", "12:00")), extraHours(SUNDAY_7_JUNE, "10:00", "12:00")))
			.step(60)
			.slots();
		assertThat(starts(sunday, LONDON)).containsExactly("10:00", "11:00");

		List<Slot> monday = this.monday
			.therapists(therapist(1, List.of(hours(MONDAY, "09:00", "11:00")), extraHours(MONDAY_1_JUNE, "10:30", "12:00")))
			.step(60)
			.slots();
		assertThat(starts(monday, LONDON)).containsExactly("09:00", "10:00", "11:00");
	}

	@Test
	void extraHoursWinOverTimeOffOnTheSameDay() {
		List<Slot> slots = this.monday
			.therapists(therapist(1, List.of(hours(MONDAY, "09:00", "17:00")), timeOff(MONDAY_1_JUNE, null, null),
					extraHours(MONDAY_1_JUNE, "14:00", "16:00")))
			.step(60)
			.slots();

		assertThat(starts(slots, LONDON)).containsExactly("14:00", "15:00");
	}

	@Test
	void minimumNoticeAndHorizonBoundTheStartsInclusively() {
		List<Slot> slots = this.monday.therapists(therapist(1, List.of(hours(MONDAY, "09:00", "13:00"))))
			.earliest("10:00")
			.latest("11:00")
			.step(30)
			.slots();

		assertThat(starts(slots, LONDON)).containsExactly("10:00", "10:30", "11:00");
	}

	@Test
	void anyTherapistGivesOneSlotPerStartWithTheLeastBookedFreeTherapist() {
		List<Slot> slots = this.monday
			.therapists(therapist(3, daily("09:00", "18:00")), therapist(1, daily("09:00", "18:00")),
					therapist(2, daily("09:00", "18:00")))
			.rooms(1L, 2L)
			.step(60)
			// Rooms 8 and 9 are not in the request: these appointments only make therapists busy.
			// That day, therapist 1 has two appointments, 2 and 3 one each.
			.busy(1, 8, "14:00", "15:00")
			.busy(1, 8, "15:00", "16:00")
			.busy(2, 9, "10:00", "12:00")
			.busy(3, 9, "11:00", "12:00")
			// Appointments on other days do not count.
			.busy(2, 9, MONDAY_1_JUNE.minusDays(1), "10:00", "11:00")
			.busy(3, 9, MONDAY_1_JUNE.plusDays(1), "10:00", "11:00")
			.anyTherapist()
			.slots();

		assertThat(starts(slots, LONDON)).containsExactly("09:00", "10:00", "11:00", "12:00", "13:00", "14:00",
				"15:00", "16:00", "17:00");
		// 2 (tied with 3, lower id) unless busy; then 3; when both are busy, 1.
		assertThat(slots).extracting(Slot::therapistId).containsExactly(2L, 3L, 1L, 2L, 2L, 2L, 2L, 2L, 2L);
		assertThat(slots).extracting(Slot::roomId).containsOnly(1L);
	}

	@Test
	void slotStepSetsTheSpacingOfStarts() {
		Requests request = Requests.on(MONDAY_1_JUNE).therapists(therapist(1, List.of(hours(MONDAY, "09:00", "11:00"))));

		assertThat(starts(request.step(30).slots(), LONDON)).containsExactly("09:00", "09:30", "10:00");
		assertThat(starts(request.step(15).slots(), LONDON)).containsExactly("09:00", "09:15", "09:30", "09:45",
				"10:00");
	}

	@Test
	void slotsAreSortedByStartThenTherapistAcrossDays() {
		List<Slot> slots = Requests.between(MONDAY_1_JUNE, MONDAY_1_JUNE.plusDays(1))
			.therapists(therapist(5, daily("09:00", "10:00")), therapist(2, daily("09:30", "10:30")),
					therapist(4, daily("09:00", "10:00")))
			.step(30)
			.slots();

		assertThat(slots).extracting(Slot::therapistId).containsExactly(4L, 5L, 2L, 4L, 5L, 2L);
		assertThat(slots).isSortedAccordingTo(Comparator.comparing(Slot::start).thenComparingLong(Slot::therapistId));
		assertThat(slots).allSatisfy((slot) -> assertThat(Duration.between(slot.start(), slot.end())).hasMinutes(60));
	}

	@Test
	void refusesAServiceWithoutLength() {
		Requests request = this.monday.therapists(therapist(1, daily("09:00", "10:00"))).service(0, 0);

		assertThatIllegalArgumentException().isThrownBy(request::slots);
	}

}
