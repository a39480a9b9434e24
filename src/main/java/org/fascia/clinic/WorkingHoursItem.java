package org.fascia.clinic;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

/** One interval of a request to replace a therapist's weekly hours; checked by {@link ScheduleRules}. */
record WorkingHoursItem(@NotNull(message = "Choose a day, like MONDAY.") DayOfWeek dayOfWeek,
		@NotNull(message = "Enter a start time, like 09:00.") LocalTime start,
		@NotNull(message = "Enter an end time, like 17:00.") LocalTime end) {

	static WorkingHoursItem of(WorkingInterval interval) {
		return new WorkingHoursItem(interval.dayOfWeek(), interval.start(), interval.end());
	}

	WorkingInterval interval() {
		return new WorkingInterval(dayOfWeek, start, end);
	}

}
