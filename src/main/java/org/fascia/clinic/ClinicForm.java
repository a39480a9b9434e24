package org.fascia.clinic;

import org.fascia.platform.Words;

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
		Words words = values.words();
		return new ClinicChange(name == null ? "" : name, timeZone == null ? "" : timeZone,
				values.wholeNumber("slotStepMinutes", slotStepMinutes, words.text("clinic.settings.slotStep.missing"),
						words.text("clinic.settings.slotStep.notWhole")),
				values.wholeNumber("minimumNoticeHours", minimumNoticeHours,
						words.text("clinic.settings.minimumNotice.missing"),
						words.text("clinic.settings.minimumNotice.notWhole")),
				values.wholeNumber("bookingHorizonDays", bookingHorizonDays,
						words.text("clinic.settings.bookingHorizon.missing"),
						words.text("clinic.settings.bookingHorizon.notWhole")),
				values.wholeNumber("cancellationWindowHours", cancellationWindowHours,
						words.text("clinic.settings.cancellationWindow.missing"),
						words.text("clinic.settings.cancellationWindow.notWhole")),
				values.wholeNumber("reminderHours", reminderHours, words.text("clinic.settings.reminder.missing"),
						words.text("clinic.settings.reminder.notWhole")));
	}

}
