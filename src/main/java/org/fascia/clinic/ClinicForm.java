package org.fascia.clinic;

/** The clinic page's fields, as typed. */
record ClinicForm(String name, String timeZone, String slotStepMinutes, String minimumNoticeHours,
		String bookingHorizonDays, String cancellationWindowHours, String reminderHours) {

	static ClinicForm of(Clinic clinic, BookingPolicy policy) {
		return new ClinicForm(clinic.name(), clinic.timeZone().getId(), String.valueOf(policy.slotStepMinutes()),
				String.valueOf(policy.minimumNoticeHours()), String.valueOf(policy.bookingHorizonDays()),
				String.valueOf(policy.cancellationWindowHours()), String.valueOf(policy.reminderHours()));
	}

	/** The change to save; fields that do not parse are noted in {@code values}. */
	ClinicChange change(FormValues values) {
		return new ClinicChange(name == null ? "" : name, timeZone == null ? "" : timeZone,
				values.wholeNumber("slotStepMinutes", slotStepMinutes, "the slot step in minutes"),
				values.wholeNumber("minimumNoticeHours", minimumNoticeHours, "the minimum notice in hours"),
				values.wholeNumber("bookingHorizonDays", bookingHorizonDays, "the booking horizon in days"),
				values.wholeNumber("cancellationWindowHours", cancellationWindowHours, "the cancellation window in hours"),
				values.wholeNumber("reminderHours", reminderHours, "when to remind, in hours before"));
	}

}
