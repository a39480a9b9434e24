package org.fascia.booking;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** The commands of the appointment panel, bound from its forms and checked with Bean Validation. */
final class AppointmentForms {

	private AppointmentForms() {
	}

	record Move(@NotNull(message = "Choose the new date.") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@NotNull(message = "Choose the new start time.") @DateTimeFormat(pattern = "HH:mm") LocalTime time,
			Long therapistId, @Size(max = 500, message = "Use at most 500 characters.") String reason,
			@Size(max = 500, message = "Use at most 500 characters.") String screeningOverride) {

		/** The form as it opens: the appointment's own day, time and therapist. */
		static Move of(CalendarEntry entry) {
			return new Move(entry.localStart().toLocalDate(), entry.localStart().toLocalTime(), entry.therapistId(), null,
					null);
		}

	}

	record Cancel(@Size(max = 500, message = "Use at most 500 characters.") String reason, Boolean late) {
	}

	record NoShow(@Size(max = 500, message = "Use at most 500 characters.") String note) {
	}

}
