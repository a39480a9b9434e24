package org.fascia.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.fascia.clinic.ScheduleRules.Reason;
import org.fascia.clinic.ScheduleRules.Refusal;
import org.junit.jupiter.api.Test;

/**
 * The named rules for hours, without Spring: each refused field comes with a reason (worded from the bundle by
 * ClinicProblems; TherapistPagesTest reads the words on the page).
 */
class ScheduleRulesTest {

	private static WorkingHoursItem item(DayOfWeek day, String start, String end) {
		return new WorkingHoursItem(day, start == null ? null : LocalTime.parse(start), end == null ? null : LocalTime.parse(end));
	}

	@Test
	void splitDaysAndTouchingIntervalsAreFine() {
		assertThat(ScheduleRules.weekly(List.of(item(DayOfWeek.MONDAY, "14:00", "18:00"),
				item(DayOfWeek.MONDAY, "09:00", "13:00"), item(DayOfWeek.MONDAY, "13:00", "14:00"),
				item(DayOfWeek.TUESDAY, "09:00", "18:00")))).isEmpty();
	}

	@Test
	void theLaterOfTwoOverlappingIntervalsIsNamed() {
		assertThat(ScheduleRules.weekly(List.of(item(DayOfWeek.MONDAY, "12:30", "17:00"),
				item(DayOfWeek.TUESDAY, "12:00", "18:00"), item(DayOfWeek.MONDAY, "09:00", "13:00"))))
			.containsOnlyKeys("[0].start")
			.containsEntry("[0].start", Refusal.overlap(LocalTime.of(9, 0), LocalTime.of(13, 0), DayOfWeek.MONDAY));
		// The same start twice: the second in the list is named.
		assertThat(ScheduleRules.weekly(List.of(item(DayOfWeek.FRIDAY, "09:00", "10:00"),
				item(DayOfWeek.FRIDAY, "09:00", "11:00")))).containsOnlyKeys("[1].start");
		// An interval inside a longer one.
		assertThat(ScheduleRules.weekly(List.of(item(DayOfWeek.SUNDAY, "08:00", "20:00"),
				item(DayOfWeek.SUNDAY, "10:00", "11:00")))).containsOnlyKeys("[1].start");
	}

	@Test
	void anIntervalEndsAfterItStartsOnWholeMinutes() {
		assertThat(ScheduleRules.weekly(List.of(item(DayOfWeek.MONDAY, "13:00", "09:00"))))
			.containsEntry("[0].end", Refusal.of(Reason.END_AFTER_START));
		assertThat(ScheduleRules.weekly(List.of(item(DayOfWeek.MONDAY, "09:00", "09:00")))).containsOnlyKeys("[0].end");
		assertThat(ScheduleRules.weekly(List.of(item(DayOfWeek.MONDAY, "09:00:30", "10:00"))))
			.containsEntry("[0].start", Refusal.of(Reason.START_WHOLE_MINUTES));
		assertThat(ScheduleRules.weekly(List.of(item(DayOfWeek.MONDAY, "09:00", "10:00:30"))))
			.containsEntry("[0].end", Refusal.of(Reason.END_WHOLE_MINUTES));
	}

	@Test
	void incompleteItemsAreLeftToTheNullChecksAndTheRestIsStillChecked() {
		List<WorkingHoursItem> items = new ArrayList<>(Arrays.asList(item(DayOfWeek.MONDAY, "09:00", "13:00"),
				item(DayOfWeek.TUESDAY, "10:00", null), null, item(DayOfWeek.MONDAY, "12:00", "17:00")));
		assertThat(ScheduleRules.weekly(items)).containsOnlyKeys("[3].start");
	}

	@Test
	void aDatedExceptionHasBothTimesOrNeither() {
		LocalDate christmasEve = LocalDate.of(2026, 12, 24);
		assertThat(ScheduleRules.dated(new NewScheduleChange(christmasEve, ScheduleChange.Kind.TIME_OFF, null, null, null)))
			.isEmpty();
		assertThat(ScheduleRules.dated(new NewScheduleChange(christmasEve, ScheduleChange.Kind.EXTRA_HOURS, null, null, null)))
			.containsOnlyKeys("start")
			.containsEntry("start", Refusal.of(Reason.EXTRA_HOURS_NEED_TIMES));
		assertThat(ScheduleRules.dated(new NewScheduleChange(christmasEve, ScheduleChange.Kind.TIME_OFF,
				LocalTime.of(9, 0), null, null))).containsOnlyKeys("end")
			.containsEntry("end", Refusal.of(Reason.BOTH_TIMES_OR_NEITHER));
		assertThat(ScheduleRules.dated(new NewScheduleChange(christmasEve, ScheduleChange.Kind.EXTRA_HOURS,
				LocalTime.of(14, 0), LocalTime.of(10, 0), null))).containsEntry("end", Refusal.of(Reason.END_AFTER_START));
		assertThat(ScheduleRules.dated(new NewScheduleChange(christmasEve, ScheduleChange.Kind.EXTRA_HOURS,
				LocalTime.of(10, 0), LocalTime.of(14, 0), null))).isEmpty();
	}

}
