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
		@NotBlank(message = "{clinic.invalid.serviceName.blank}")
		@Size(max = 200, message = "{clinic.invalid.name.size}") String name,
		@Size(max = 4000, message = "{clinic.invalid.description.size}") String description,
		@NotNull(message = "{clinic.invalid.duration.missing}")
		@Min(value = 5, message = "{clinic.invalid.duration}")
		@Max(value = 480, message = "{clinic.invalid.duration}") Integer durationMinutes,
		@Min(value = 0, message = "{clinic.invalid.buffer}")
		@Max(value = 240, message = "{clinic.invalid.buffer}") Integer bufferMinutes,
		@NotNull(message = "{clinic.invalid.price.missing}")
		@Min(value = 0, message = "{clinic.invalid.price.negative}") Integer priceCents,
		@NotNull(message = "{clinic.invalid.kind}") ServiceKind kind,
		Boolean bookableOnline,
		List<@NotNull(message = "{clinic.invalid.therapistId}") Long> therapistIds) {

	public NewService {
		bufferMinutes = bufferMinutes == null ? Integer.valueOf(0) : bufferMinutes;
		bookableOnline = bookableOnline == null ? Boolean.TRUE : bookableOnline;
		therapistIds = therapistIds == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(therapistIds));
	}

}
