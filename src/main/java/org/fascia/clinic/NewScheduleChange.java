package org.fascia.clinic;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Time off or extra hours on one date; checked by {@link ScheduleRules}. */
record NewScheduleChange(@NotNull(message = "{clinic.invalid.date}") LocalDate date,
		@NotNull(message = "{clinic.invalid.scheduleKind}") ScheduleChange.Kind kind, LocalTime start,
		LocalTime end, @Size(max = 200, message = "{clinic.invalid.note.size}") String note) {
}
