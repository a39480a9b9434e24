package org.fascia.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.fascia.booking.AvailabilityRequest.DatedException;
import org.fascia.booking.AvailabilityRequest.TherapistSchedule;
import org.fascia.booking.AvailabilityRequest.WeeklyHours;
import org.fascia.booking.CalendarGrid.Column;
import org.fascia.booking.CalendarGrid.DayView;
import org.fascia.booking.CalendarGrid.Person;
import org.fascia.booking.CalendarGrid.WeekView;
import org.junit.jupiter.api.Test;

/** The calendar's layout as plain data: rows, places and the classes the stylesheet must define. */
class CalendarGridTest {

	static final ZoneId ZONE = ZoneId.of("Europe/London");

	static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

	static final Person MAYA = new Person(1, "Maya Chen");

	static final Person TOM = new Person(2, "Tom Okafor");

	static final Map<Long, TherapistSchedule> SCHEDULES = Map.of(
			1L, new TherapistSchedule(1, List.of(hours(DayOfWeek.MONDAY, 9, 13), hours(DayOfWeek.MONDAY, 14, 18)),
					List.of()),
			2L, new TherapistSchedule(2, List.of(hours(DayOfWeek.MONDAY, 10, 19), hours(DayOfWeek.TUESDAY, 10, 19)),
					List.of(new DatedException(MONDAY.plusDays(1), null, null, DatedException.Kind.TIME_OFF))));

	@Test
	void aDayRunsFromTheEarliestToTheLatestWorkingHourInQuarterHourRows() {
		DayView day = CalendarGrid.day(MONDAY, List.of(MAYA, TOM), SCHEDULES,
				List.of(entry(10, 1, 10, 0, 60, AppointmentStatus.BOOKED), entry(11, 2, 18, 15, 15, AppointmentStatus.NO_SHOW)));
		assertThat(day.rows()).isEqualTo(10 * 4);
		assertThat(day.rowsClass()).isEqualTo("rows-40");
		assertThat(day.hours()).hasSize(10);
		assertThat(day.hours().get(0).label()).isEqualTo("09:00");
		assertThat(day.hours().get(0).css()).isEqualTo("row-start-1 span-4");
		Column maya = day.columns().get(0);
		assertThat(maya.hours()).isEqualTo("09:00–13:00, 14:00–18:00");
		assertThat(maya.work()).extracting(CalendarGrid.Placed::css)
			.containsExactly("row-start-1 span-16", "row-start-21 span-16");
		assertThat(maya.appointments()).singleElement()
			.satisfies(b -> assertThat(b.css()).isEqualTo("row-start-5 span-4"));
		Column tom = day.columns().get(1);
		assertThat(tom.appointments()).singleElement()
			.satisfies(b -> assertThat(b.css()).isEqualTo("row-start-38 span-1"));
	}

	@Test
	void cancelledAppointmentsAreListedNotPlacedAndOddTimesRoundOutwards() {
		DayView day = CalendarGrid.day(MONDAY, List.of(MAYA), SCHEDULES,
				List.of(entry(10, 1, 10, 0, 60, AppointmentStatus.CANCELLED),
						entry(11, 1, 10, 0, 60, AppointmentStatus.LATE_CANCELLED),
						entry(12, 1, 11, 5, 45, AppointmentStatus.BOOKED),
						entry(13, 1, 19, 0, 90, AppointmentStatus.COMPLETED)));
		assertThat(day.cancelled()).extracting(CalendarEntry::id).containsExactly(10L, 11L);
		// 09:00 to 20:30 rounds up to 21:00, for the completed appointment after hours.
		assertThat(day.rows()).isEqualTo(12 * 4);
		assertThat(day.columns().get(0).appointments()).extracting(CalendarGrid.Placed::css)
			.containsExactly("row-start-9 span-4", "row-start-41 span-6");
	}

	@Test
	void anEmptyDayStillShowsOfficeHours() {
		DayView day = CalendarGrid.day(MONDAY.plusDays(6), List.of(MAYA), SCHEDULES, List.of());
		assertThat(day.rows()).isEqualTo(32);
		assertThat(day.hours().get(0).label()).isEqualTo("09:00");
		assertThat(day.columns().get(0).working()).isFalse();
		assertThat(day.columns().get(0).hours()).isNull();
		assertThat(day.columns().get(0).work()).isEmpty();
	}

	@Test
	void aWeekIsTherapistsByDaysWithTimeOffAndEntriesPerCell() {
		WeekView week = CalendarGrid.week(MONDAY, List.of(MAYA, TOM), SCHEDULES,
				List.of(entry(10, 2, 10, 0, 60, AppointmentStatus.BOOKED),
						entry(11, 2, 12, 0, 60, AppointmentStatus.CANCELLED)));
		assertThat(week.days()).hasSize(7).startsWith(MONDAY).endsWith(MONDAY.plusDays(6));
		assertThat(week.rows().get(0).cells().get(0).hours()).isEqualTo("09:00–13:00, 14:00–18:00");
		assertThat(week.rows().get(0).cells().get(1).working()).isFalse();
		assertThat(week.rows().get(1).cells().get(0).entries()).extracting(CalendarEntry::id).containsExactly(10L, 11L);
		assertThat(week.rows().get(1).cells().get(1).working()).as("whole day off").isFalse();
	}

	@Test
	void theStylesheetDefinesEveryPlacementClass() throws Exception {
		String css = Files.readString(Path.of("src/main/resources/static/css/fascia.css"));
		for (int n = 1; n <= CalendarGrid.MAX_ROWS; n++) {
			assertThat(css).contains(".rows-" + n + " { grid-template-rows: repeat(" + n + ", var(--q)); }")
				.contains(".row-start-" + n + " { grid-row-start: " + n + "; }")
				.contains(".span-" + n + " { grid-row-end: span " + n + "; }");
		}
	}

	@Test
	void namesAreShortenedForTheGrid() {
		CalendarEntry e = entry(1, 1, 9, 0, 60, AppointmentStatus.LATE_CANCELLED);
		assertThat(e.clientShort()).isEqualTo("Alex M.");
		assertThat(e.times()).isEqualTo("09:00–10:00");
		assertThat(e.statusClass()).isEqualTo("status-late-cancelled");
		// The status word and the one-sentence summary come from the bundle: CalendarPagesTest checks CalendarWords.
	}

	private static WeeklyHours hours(DayOfWeek day, int from, int to) {
		return new WeeklyHours(day, LocalTime.of(from, 0), LocalTime.of(to, 0));
	}

	static CalendarEntry entry(long id, long therapist, int hour, int minute, int minutes,
			AppointmentStatus status) {
		return entry(id, therapist, hour, minute, minutes, status, null);
	}

	static CalendarEntry entry(long id, long therapist, int hour, int minute, int minutes, AppointmentStatus status,
			String readiness) {
		LocalDateTime start = MONDAY.atTime(hour, minute);
		LocalDateTime end = start.plusMinutes(minutes);
		return new CalendarEntry(id, therapist, therapist == 1 ? "Maya Chen" : "Tom Okafor", 7, "Alex", "Morgan", 3,
				"Deep tissue massage (60 min)", "Room 1", status, start.atZone(ZONE).toInstant(),
				end.atZone(ZONE).toInstant(), start, end, 0, readiness);
	}

}
