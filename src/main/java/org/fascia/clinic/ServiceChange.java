package org.fascia.clinic;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * A change to a service: a field left out keeps its value, an explicit JSON null is refused, an empty
 * description clears it, and {@code therapistIds} replaces the list of therapists who offer it.
 */
@JsonDeserialize(builder = ServiceChange.Json.class)
record ServiceChange(
		@Size(max = 200, message = "{clinic.invalid.name.size}")
		@Pattern(regexp = "(?s).*\\S.*", message = "{clinic.invalid.serviceName.blank}") String name,
		@Size(max = 4000, message = "{clinic.invalid.description.size}") String description,
		@Min(value = 5, message = "{clinic.invalid.duration}")
		@Max(value = 480, message = "{clinic.invalid.duration}") Integer durationMinutes,
		@Min(value = 0, message = "{clinic.invalid.buffer}")
		@Max(value = 240, message = "{clinic.invalid.buffer}") Integer bufferMinutes,
		@Min(value = 0, message = "{clinic.invalid.price.negative}") Integer priceCents,
		ServiceKind kind,
		Boolean bookableOnline,
		Boolean active,
		List<@NotNull(message = "{clinic.invalid.therapistId}") Long> therapistIds) {

	@JsonPOJOBuilder(withPrefix = "")
	static final class Json {

		@JsonSetter(nulls = Nulls.FAIL)
		String name;

		@JsonSetter(nulls = Nulls.FAIL)
		String description;

		@JsonSetter(nulls = Nulls.FAIL)
		Integer durationMinutes;

		@JsonSetter(nulls = Nulls.FAIL)
		Integer bufferMinutes;

		@JsonSetter(nulls = Nulls.FAIL)
		Integer priceCents;

		@JsonSetter(nulls = Nulls.FAIL)
		ServiceKind kind;

		@JsonSetter(nulls = Nulls.FAIL)
		Boolean bookableOnline;

		@JsonSetter(nulls = Nulls.FAIL)
		Boolean active;

		@JsonSetter(nulls = Nulls.FAIL)
		List<Long> therapistIds;

		ServiceChange build() {
			return new ServiceChange(name, description, durationMinutes, bufferMinutes, priceCents, kind,
					bookableOnline, active, therapistIds);
		}

	}

}
