package org.fascia.clinic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A room to add; without a location it goes to the clinic's first one. */
record NewRoom(@NotBlank(message = "Enter the room's name.")
		@Size(max = 100, message = "Use at most 100 characters for the room's name.") String name,
		Long locationId) {
}
