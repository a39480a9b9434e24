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
		@Size(max = 200, message = "{clinic.invalid.clinicName.size}")
		@Pattern(regexp = "(?s).*\\S.*", message = "{clinic.invalid.clinicName.blank}") String name,
		String timeZone,
		@Min(value = 5, message = "{clinic.invalid.slotStep}")
		@Max(value = 240, message = "{clinic.invalid.slotStep}") Integer slotStepMinutes,
		@Min(value = 0, message = "{clinic.invalid.minimumNotice}")
		@Max(value = 168, message = "{clinic.invalid.minimumNotice}") Integer minimumNoticeHours,
		@Min(value = 1, message = "{clinic.invalid.bookingHorizon}")
		@Max(value = 365, message = "{clinic.invalid.bookingHorizon}") Integer bookingHorizonDays,
		@Min(value = 0, message = "{clinic.invalid.cancellationWindow}")
		@Max(value = 168, message = "{clinic.invalid.cancellationWindow}") Integer cancellationWindowHours,
		@Min(value = 1, message = "{clinic.invalid.reminder}")
		@Max(value = 168, message = "{clinic.invalid.reminder}") Integer reminderHours) {

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
