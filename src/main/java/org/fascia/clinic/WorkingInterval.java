package org.fascia.clinic;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonFormat;

/** One interval of weekly working hours in the clinic's wall-clock time, e.g. Monday 09:00–13:00. */
public record WorkingInterval(DayOfWeek dayOfWeek, @JsonFormat(pattern = "HH:mm") LocalTime start,
		@JsonFormat(pattern = "HH:mm") LocalTime end) {

	public WorkingInterval {
		Objects.requireNonNull(dayOfWeek, "dayOfWeek");
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!start.isBefore(end)) {
			throw new IllegalArgumentException("A working interval must end after it starts");
		}
	}

	public int minutes() {
		return (int) Duration.between(start, end).toMinutes();
	}

}
