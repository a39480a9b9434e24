package org.fascia.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The booking mails' words live in the bundle (mail.booking.*): filled in as Words fills them (MessageFormat), each
 * says word for word and line for line what the mail said when it was written in Java, greeting name first.
 */
class BookingMailWordsTest {

	static Properties english;

	static final Object[] VISIT = { "Alex", "Deep tissue massage (60 min)", "Maya Chen",
			"Tuesday 1 December 2026 at 10:00", "Europe/London", "Room 1", "Fascia Clinic",
			"https://clinic.test/appointments/manage?token=abc" };

	@BeforeAll
	static void load() throws IOException {
		english = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"),
				StandardCharsets.UTF_8)) {
			english.load(reader);
		}
	}

	static String text(String key, Object... args) {
		return new MessageFormat(english.getProperty(key), Locale.ENGLISH).format(args);
	}

	@Test
	void theConfirmationChangeCancellationAndReminderSayWhatTheySaid() {
		assertThat(text("mail.booking.booked.subject", "Fascia Clinic")).isEqualTo("Your appointment is booked · Fascia Clinic");
		assertThat(text("mail.booking.booked.body", VISIT)).isEqualTo("""
				Hello Alex,

				Your Deep tissue massage (60 min) with Maya Chen is booked for Tuesday 1 December 2026 at 10:00 (Europe/London time).
				Where: Room 1, Fascia Clinic.

				Need to change or cancel? Use this link (no password needed):
				https://clinic.test/appointments/manage?token=abc

				The calendar file attached adds the visit to your calendar.
				""");
		assertThat(text("mail.booking.beforeFirstTreatment", "https://clinic.test")).isEqualTo("""

				Before your first treatment, please fill in your health questions and consent:
				https://clinic.test/portal/intake
				https://clinic.test/portal/consent
				""");
		assertThat(text("mail.booking.moved.subject", "Fascia Clinic")).isEqualTo("Your appointment has moved · Fascia Clinic");
		assertThat(text("mail.booking.moved.body", VISIT)).isEqualTo("""
				Hello Alex,

				Your Deep tissue massage (60 min) with Maya Chen has moved to Tuesday 1 December 2026 at 10:00 (Europe/London time).
				Where: Room 1, Fascia Clinic.

				Manage the appointment here:
				https://clinic.test/appointments/manage?token=abc
				""");
		assertThat(text("mail.booking.cancelled.subject", "Fascia Clinic"))
			.isEqualTo("Your appointment is cancelled · Fascia Clinic");
		assertThat(text("mail.booking.cancelled.body", VISIT)).isEqualTo("""
				Hello Alex,

				Your Deep tissue massage (60 min) with Maya Chen on Tuesday 1 December 2026 at 10:00 (Europe/London time) is cancelled.
				(Room 1, Fascia Clinic)

				We hope to see you soon; you can book again at any time.
				""");
		assertThat(text("mail.booking.reminder.subject", "Fascia Clinic"))
			.isEqualTo("Reminder: your massage appointment · Fascia Clinic");
		assertThat(text("mail.booking.reminder.body", VISIT)).isEqualTo("""
				Hello Alex,

				A reminder of your Deep tissue massage (60 min) with Maya Chen on Tuesday 1 December 2026 at 10:00 (Europe/London time).
				Where: Room 1, Fascia Clinic.

				If you cannot come, please let us know as early as you can:
				https://clinic.test/appointments/manage?token=abc
				""");
	}

	@Test
	void theSeriesAndTheWaitlistOfferSayWhatTheySaid() {
		assertThat(text("mail.booking.series.subject", "Fascia Clinic")).isEqualTo("Your appointments are booked · Fascia Clinic");
		assertThat(text("mail.booking.series.body", "Alex", 2, "Deep tissue massage (60 min)", "Maya Chen", "Europe/London",
				"  - Tuesday 1 December 2026 at 10:00\n  - Tuesday 8 December 2026 at 10:00\n", "Room 1", "Fascia Clinic"))
			.isEqualTo("""
					Hello Alex,

					Your 2 appointments for Deep tissue massage (60 min) with Maya Chen are booked (Europe/London time):
					  - Tuesday 1 December 2026 at 10:00
					  - Tuesday 8 December 2026 at 10:00

					Where: Room 1, Fascia Clinic. Each one can be changed or cancelled from your portal.
					""");
		assertThat(text("mail.booking.waitlist.subject", "Deep tissue massage (60 min)"))
			.isEqualTo("An earlier time is free: Deep tissue massage (60 min)");
		assertThat(text("mail.booking.waitlist.body", "Alex", "Deep tissue massage (60 min)", "Maya Chen",
				"Tuesday 1 December at 10:00", "Europe/London", "https://clinic.test/book/3/confirm?start=x"))
			.isEqualTo("""
					Hello Alex,

					A time you were waiting for has opened: Deep tissue massage (60 min) with Maya Chen on Tuesday 1 December at 10:00 (Europe/London time).

					Book it here — whoever books first gets it:
					https://clinic.test/book/3/confirm?start=x
					""");
	}

	@Test
	void calendarTitlesAndTheInboxItemReadAsBefore() {
		assertThat(text("booking.ics.summary", "Deep tissue massage (60 min)", "Maya Chen"))
			.isEqualTo("Deep tissue massage (60 min) with Maya Chen");
		assertThat(text("booking.ics.feed.summary", "Alex M.", "Deep tissue massage (60 min)"))
			.isEqualTo("Alex M. – Deep tissue massage (60 min)");
		assertThat(text("booking.ics.feed.name", "Fascia Clinic", "Maya Chen")).isEqualTo("Fascia Clinic – Maya Chen");
		assertThat(text("booking.inbox.waitlist.summaryWith", "Deep tissue massage (60 min)", "Maya Chen", "24 Dec 2026"))
			.isEqualTo("Waiting for Deep tissue massage (60 min) with Maya Chen before 24 Dec 2026; emailed a free time "
					+ "and not booked yet. A call may help.");
		assertThat(text("booking.erasure.upcoming.many", "1200")).isEqualTo("Your 1200 upcoming visits: they are cancelled.");
	}

}
