package org.fascia.clinic;

import java.time.LocalDate;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonFormat;

/**
 * A dated exception to a therapist's weekly hours (the API's {@code /exceptions}): time off, for the
 * whole day when start and end are null, or extra hours. Times are the clinic's wall-clock times.
 */
public record ScheduleChange(long id, LocalDate date, Kind kind, @JsonFormat(pattern = "HH:mm") LocalTime start,
		@JsonFormat(pattern = "HH:mm") LocalTime end, String note) {

	public enum Kind {

		TIME_OFF, EXTRA_HOURS

	}

	public boolean wholeDay() {
		return start == null;
	}

}
