package org.fascia.clinic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A room to add; without a location it goes to the clinic's first one. */
record NewRoom(@NotBlank(message = "{clinic.invalid.roomName.blank}")
		@Size(max = 100, message = "{clinic.invalid.roomName.size}") String name,
		Long locationId) {
}
