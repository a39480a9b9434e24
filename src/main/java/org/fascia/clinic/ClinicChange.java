package org.fascia.clinic;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonPOJOBuilder;

/**
 * A change to the clinic's settings. Every field is optional: null (left out of the JSON) keeps the
 * stored value. An explicit JSON null is refused, naming the field, by the {@link Json} reader.
 */
@JsonDeserialize(builder = ClinicChange.Json.class)
record ClinicChange(
		@Size(max = 200, message = "Use at most 200 characters for the clinic's name.")
		@Pattern(regexp = "(?s).*\\S.*", message = "Enter the clinic's name.") String name,
		String timeZone,
		@Min(value = 5, message = "Choose a slot step from 5 to 240 minutes.")
		@Max(value = 240, message = "Choose a slot step from 5 to 240 minutes.") Integer slotStepMinutes,
		@Min(value = 0, message = "Choose a minimum notice from 0 to 168 hours.")
		@Max(value = 168, message = "Choose a minimum notice from 0 to 168 hours.") Integer minimumNoticeHours,
		@Min(value = 1, message = "Choose a booking horizon from 1 to 365 days.")
		@Max(value = 365, message = "Choose a booking horizon from 1 to 365 days.") Integer bookingHorizonDays,
		@Min(value = 0, message = "Choose a cancellation window from 0 to 168 hours.")
		@Max(value = 168, message = "Choose a cancellation window from 0 to 168 hours.") Integer cancellationWindowHours,
		@Min(value = 1, message = "Choose a reminder from 1 to 168 hours before.")
		@Max(value = 168, message = "Choose a reminder from 1 to 168 hours before.") Integer reminderHours) {

	/** Reads the JSON body: a field left out stays null, a field sent as null is a 400 naming it. */
	@JsonPOJOBuilder(withPrefix = "")
	static final class Json {

		@JsonSetter(nulls = Nulls.FAIL)
		String name;

		@JsonSetter(nulls = Nulls.FAIL)
		String timeZone;

		@JsonSetter(nulls = Nulls.FAIL)
		Integer slotStepMinutes;

		@JsonSetter(nulls = Nulls.FAIL)
		Integer minimumNoticeHours;

		@JsonSetter(nulls = Nulls.FAIL)
		Integer bookingHorizonDays;

		@JsonSetter(nulls = Nulls.FAIL)
		Integer cancellationWindowHours;

		@JsonSetter(nulls = Nulls.FAIL)
		Integer reminderHours;

		ClinicChange build() {
			return new ClinicChange(name, timeZone, slotStepMinutes, minimumNoticeHours, bookingHorizonDays,
					cancellationWindowHours, reminderHours);
		}

	}

}
