package org.fascia.clinic;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/** A change to a therapist: a field left out keeps its value, an explicit JSON null is refused, "" clears the bio. */
@JsonDeserialize(builder = TherapistChange.Json.class)
record TherapistChange(
		@Size(max = 200, message = "{clinic.invalid.name.size}")
		@Pattern(regexp = "(?s).*\\S.*", message = "{clinic.invalid.therapistName.blank}") String name,
		@Size(max = 4000, message = "{clinic.invalid.bio.size}") String bio,
		Boolean active) {

	@JsonPOJOBuilder(withPrefix = "")
	static final class Json {

		@JsonSetter(nulls = Nulls.FAIL)
		String name;

		@JsonSetter(nulls = Nulls.FAIL)
		String bio;

		@JsonSetter(nulls = Nulls.FAIL)
		Boolean active;

		TherapistChange build() {
			return new TherapistChange(name, bio, active);
		}

	}

}
