package org.fascia.booking;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The commands of the appointment panel, bound from its forms and checked with Bean Validation; the messages are
 * keys of the message bundle (Spring Boot's validator resolves {@code "{key}"} from messages.properties).
 */
final class AppointmentForms {

	private AppointmentForms() {
	}

	record Move(@NotNull(message = "{booking.form.move.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@NotNull(message = "{booking.form.move.time}") @DateTimeFormat(pattern = "HH:mm") LocalTime time,
			Long therapistId, @Size(max = 500, message = "{booking.form.tooLong}") String reason,
			@Size(max = 500, message = "{booking.form.tooLong}") String screeningOverride) {

		/** The form as it opens: the appointment's own day, time and therapist. */
		static Move of(CalendarEntry entry) {
			return new Move(entry.localStart().toLocalDate(), entry.localStart().toLocalTime(), entry.therapistId(), null,
					null);
		}

	}

	record Cancel(@Size(max = 500, message = "{booking.form.tooLong}") String reason, Boolean late) {
	}

	record NoShow(@Size(max = 500, message = "{booking.form.tooLong}") String note) {
	}

}
