package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.fascia.booking.AppointmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The 48-hour rule of the unsigned-note to-do list, at its edges. */
class UnsignedNotesTest {

	static final Instant START = Instant.parse("2026-11-30T10:00:00Z");

	@Test
	void dueAtExactly48HoursNotASecondBefore() {
		assertThat(UnsignedNotes.due(START, AppointmentStatus.BOOKED, false, START.plusSeconds(48 * 3600 - 1))).isFalse();
		assertThat(UnsignedNotes.due(START, AppointmentStatus.BOOKED, false, START.plusSeconds(48 * 3600))).isTrue();
		assertThat(UnsignedNotes.due(START, AppointmentStatus.COMPLETED, false, START.plusSeconds(72 * 3600))).isTrue();
	}

	@Test
	void aSignedNoteIsNeverDue() {
		assertThat(UnsignedNotes.due(START, AppointmentStatus.COMPLETED, true, START.plusSeconds(100 * 3600))).isFalse();
	}

	@ParameterizedTest
	@EnumSource(value = AppointmentStatus.class, names = { "CANCELLED", "LATE_CANCELLED", "NO_SHOW" })
	void cancelledAndMissedSessionsNeedNoNote(AppointmentStatus status) {
		assertThat(UnsignedNotes.due(START, status, false, START.plusSeconds(100 * 3600))).isFalse();
	}

	@Test
	void overADaylightSavingWeekendItIs48RealHoursNotTwoWallClockDays() {
		ZoneId london = ZoneId.of("Europe/London");
		// Saturday 28 March 2026, 10:00 GMT; the clocks go forward on Sunday 29 March at 01:00.
		Instant saturday = ZonedDateTime.of(2026, 3, 28, 10, 0, 0, 0, london).toInstant();
		Instant mondaySameWallClock = ZonedDateTime.of(2026, 3, 30, 10, 0, 0, 0, london).toInstant();
		Instant mondayAt11 = ZonedDateTime.of(2026, 3, 30, 11, 0, 0, 0, london).toInstant();
		assertThat(UnsignedNotes.due(saturday, AppointmentStatus.BOOKED, false, mondaySameWallClock))
			.as("Monday 10:00 BST is only 47 hours later").isFalse();
		assertThat(UnsignedNotes.due(saturday, AppointmentStatus.BOOKED, false, mondayAt11)).isTrue();
		assertThat(UnsignedNotes.startedBy(mondayAt11)).isEqualTo(saturday);
	}

}
