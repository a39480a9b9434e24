package org.fascia.clinic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A therapist to add. The email decides the account: an existing therapist's or owner's account is
 * linked, any other address gets a new therapist account and an invitation.
 */
record NewTherapist(@NotBlank(message = "Enter the therapist's name.")
		@Size(max = 200, message = "Use at most 200 characters for the name.") String name,
		@NotBlank(message = "Enter the therapist's email address; we send the invitation there.")
		@Size(max = 254, message = "Use at most 254 characters for the email address.") String email,
		@Size(max = 4000, message = "Use at most 4000 characters for the bio.") String bio) {
}
