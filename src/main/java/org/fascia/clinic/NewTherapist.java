package org.fascia.clinic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A therapist to add. The email decides the account: an existing therapist's or owner's account is
 * linked, any other address gets a new therapist account and an invitation.
 */
record NewTherapist(@NotBlank(message = "{clinic.invalid.therapistName.blank}")
		@Size(max = 200, message = "{clinic.invalid.name.size}") String name,
		@NotBlank(message = "{clinic.invalid.therapistEmail.blank}")
		@Size(max = 254, message = "{clinic.invalid.email.size}") String email,
		@Size(max = 4000, message = "{clinic.invalid.bio.size}") String bio) {
}
