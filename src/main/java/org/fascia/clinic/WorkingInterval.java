package org.fascia.clinic;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/** One interval of weekly working hours in the clinic's wall-clock time, e.g. Monday 09:00–13:00. */
public record WorkingInterval(DayOfWeek dayOfWeek, LocalTime start, LocalTime end) {

	public WorkingInterval {
		Objects.requireNonNull(dayOfWeek, "dayOfWeek");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("A working interval must end after it starts");
		}
	}

}
