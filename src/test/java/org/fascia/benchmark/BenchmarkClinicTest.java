package org.fascia.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.fascia.benchmark.BenchmarkClinic.Appointment;
import org.fascia.booking.AvailabilityRequest.Busy;
import org.fascia.booking.AvailabilityRequest.TherapistSchedule;
import org.junit.jupiter.api.Test;

/** The benchmark clinic is what it says: the same every time, full, and never double-booked. */
class BenchmarkClinicTest {

	private static final BenchmarkClinic CLINIC = BenchmarkClinic.generate();

	@Test
	void isTheSameForTheSameSeed() {
		assertThat(BenchmarkClinic.generate()).isEqualTo(CLINIC);
		assertThat(BenchmarkClinic.generate(1)).isNotEqualTo(CLINIC);
	}

	@Test
	void hasTheAdvertisedSize() {
		assertThat(CLINIC.therapists()).hasSize(30);
		assertThat(CLINIC.roomIds()).hasSize(10);
		assertThat(CLINIC.appointments()).hasSize(6_000);
		assertThat(CLINIC.lastDay()).isEqualTo(CLINIC.firstDay().plusDays(55));
	}

	@Test
	void weeklyHoursRunMondayToSaturdayWithSplitShifts() {
		assertThat(CLINIC.therapists()).allSatisfy((therapist) -> assertThat(therapist.weekly())
			.noneMatch((hours) -> hours.day() == DayOfWeek.SUNDAY));
		assertThat(CLINIC.therapists()).anyMatch((therapist) -> therapist.weekly()
			.stream()
			.filter((hours) -> hours.day() == therapist.weekly().get(0).day())
			.count() == 2);
	}

	@Test
	void noTherapistOrRoomIsEverDoubleBooked() {
		assertNoOverlaps(Busy::therapistId);
		assertNoOverlaps(Busy::roomId);
	}

	@Test
	void everyAppointmentIsInsideItsTherapistsWorkingHours() {
		Map<Long, TherapistSchedule> therapists = CLINIC.therapists()
			.stream()
			.collect(Collectors.toMap(TherapistSchedule::therapistId, Function.identity()));
		for (Appointment appointment : CLINIC.appointments()) {
			ZonedDateTime start = appointment.start().atZone(CLINIC.zone());
			assertThat(start.toLocalDate()).isBetween(CLINIC.firstDay(), CLINIC.lastDay());
			boolean[] working = BenchmarkDiary.workingMinutes(therapists.get(appointment.therapistId()),
					start.toLocalDate());
			assertThat(BenchmarkDiary.covers(working, start.getHour() * 60 + start.getMinute(),
					(int) appointment.service().duration().toMinutes()))
				.as("%s is in working hours", appointment)
				.isTrue();
		}
	}

	private static void assertNoOverlaps(Function<Busy, Long> owner) {
		Map<Long, List<Busy>> byOwner = CLINIC.busy().stream().collect(Collectors.groupingBy(owner));
		byOwner.forEach((id, busy) -> {
			List<Busy> sorted = busy.stream().sorted(Comparator.comparing(Busy::start)).toList();
			for (int i = 1; i < sorted.size(); i++) {
				assertThat(sorted.get(i).start()).as("%s after %s", sorted.get(i), sorted.get(i - 1))
					.isAfterOrEqualTo(sorted.get(i - 1).end());
			}
		});
	}

}
