package org.fascia.clinic;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Time off or extra hours on one date; checked by {@link ScheduleRules}. */
record NewScheduleChange(@NotNull(message = "Enter the date, like 2026-12-24.") LocalDate date,
		@NotNull(message = "Choose TIME_OFF or EXTRA_HOURS.") ScheduleChange.Kind kind, LocalTime start,
		LocalTime end, @Size(max = 200, message = "Use at most 200 characters for the note.") String note) {
}
