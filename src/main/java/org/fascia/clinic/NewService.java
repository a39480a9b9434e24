package org.fascia.clinic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A service to offer: duration and buffer (room turnover after it) in minutes, price in cents. The
 * buffer defaults to 0, online booking to on, and the therapists who offer it to none.
 */
public record NewService(
		@NotBlank(message = "Enter the service's name.")
		@Size(max = 200, message = "Use at most 200 characters for the name.") String name,
		@Size(max = 4000, message = "Use at most 4000 characters for the description.") String description,
		@NotNull(message = "Enter the duration in minutes.")
		@Min(value = 5, message = "Choose a duration from 5 to 480 minutes.")
		@Max(value = 480, message = "Choose a duration from 5 to 480 minutes.") Integer durationMinutes,
		@Min(value = 0, message = "Choose a buffer from 0 to 240 minutes.")
		@Max(value = 240, message = "Choose a buffer from 0 to 240 minutes.") Integer bufferMinutes,
		@NotNull(message = "Enter the price (0 for a free service).")
		@Min(value = 0, message = "The price cannot be negative.") Integer priceCents,
		@NotNull(message = "Choose whether this is a treatment or a consultation.") ServiceKind kind,
		Boolean bookableOnline,
		List<@NotNull(message = "Give a therapist's id.") Long> therapistIds) {

	public NewService {
		bufferMinutes = bufferMinutes == null ? Integer.valueOf(0) : bufferMinutes;
		bookableOnline = bookableOnline == null ? Boolean.TRUE : bookableOnline;
		therapistIds = therapistIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(therapistIds));
	}

}
