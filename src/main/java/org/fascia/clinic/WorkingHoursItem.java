package org.fascia.clinic;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

/** One interval of a request to replace a therapist's weekly hours; checked by {@link ScheduleRules}. */
record WorkingHoursItem(@NotNull(message = "{clinic.invalid.day}") DayOfWeek dayOfWeek,
		@NotNull(message = "{clinic.invalid.start}") LocalTime start,
		@NotNull(message = "{clinic.invalid.end}") LocalTime end) {

	static WorkingHoursItem of(WorkingInterval interval) {
		return new WorkingHoursItem(interval.dayOfWeek(), interval.start(), interval.end());
	}

	WorkingInterval interval() {
		return new WorkingInterval(dayOfWeek, start, end);
	}

}
