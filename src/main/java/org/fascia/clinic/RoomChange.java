package org.fascia.clinic;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/** A change to a room: a field left out keeps its value; an explicit JSON null is refused. */
@JsonDeserialize(builder = RoomChange.Json.class)
record RoomChange(
		@Size(max = 100, message = "{clinic.invalid.roomName.size}")
		@Pattern(regexp = "(?s).*\\S.*", message = "{clinic.invalid.roomName.blank}") String name,
		Boolean active) {

	@JsonPOJOBuilder(withPrefix = "")
	static final class Json {

		@JsonSetter(nulls = Nulls.FAIL)
		String name;

		@JsonSetter(nulls = Nulls.FAIL)
		Boolean active;

		RoomChange build() {
			return new RoomChange(name, active);
		}

	}

}
