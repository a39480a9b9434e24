package org.fascia.booking;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.fascia.clients.ClientDirectory;
import org.fascia.messaging.MailOutbox;
import org.fascia.messaging.OutgoingMail;
import org.fascia.screening.TreatmentReadiness;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The booking emails: confirmation, change, cancellation and reminder, each with an iCalendar
 * attachment in the clinic's zone, written to the outbox in the caller's transaction.
 */
@Component
class BookingMails {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

	record Details(String clinic, ZoneId zone, String service, String therapist, String room, String location) {
	}

	private final JdbcClient jdbc;

	private final ClientDirectory clients;

	private final MailOutbox outbox;

	private final String baseUrl;

	private final String organizer;

	private final TreatmentReadiness readiness;

	BookingMails(JdbcClient jdbc, ClientDirectory clients, MailOutbox outbox, @Value("${fascia.base-url}") String baseUrl,
			@Value("${fascia.mail.from}") String from, TreatmentReadiness readiness) {
		this.readiness = readiness;
		this.organizer = from.contains("<") ? from.substring(from.indexOf('<') + 1, from.indexOf('>')) : from.strip();
		this.jdbc = jdbc;
		this.clients = clients;
		this.outbox = outbox;
		this.baseUrl = baseUrl;
	}

	boolean clientExists(long clientId) {
		return clients.exists(clientId);
	}

	void confirmation(Appointment a, String manageToken) {
		send(a, "Your appointment is booked", """
				Hello %s,

				Your %s with %s is booked for %s (%s time).
				Where: %s, %s.

				Need to change or cancel? Use this link (no password needed):
				%s

				The calendar file attached adds the visit to your calendar.
				""" + beforeFirstTreatment(a.clientId()).replace("%", "%%"), manageToken, "REQUEST", false);
	}

	void changed(Appointment a, String manageToken) {
		send(a, "Your appointment has moved", """
				Hello %s,

				Your %s with %s has moved to %s (%s time).
				Where: %s, %s.

				Manage the appointment here:
				%s
				""", manageToken, "REQUEST", false);
	}

	void cancelled(Appointment a) {
		send(a, "Your appointment is cancelled", """
				Hello %s,

				Your %s with %s on %s (%s time) is cancelled.
				(%s, %s)

				We hope to see you soon; you can book again at any time.%s
				""", null, "CANCEL", true);
	}

	/** One mail for a whole series, with every visit in one calendar file. */
	void series(List<Appointment> booked) {
		if (booked.isEmpty()) {
			return;
		}
		Appointment first = booked.get(0);
		ClientDirectory.Contact contact = clients.contact(first.clientId()).orElse(null);
		if (contact == null || contact.email() == null || contact.email().isBlank()) {
			return;
		}
		Details d = details(first);
		StringBuilder dates = new StringBuilder();
		List<IcsCalendar.Event> events = new java.util.ArrayList<>();
		for (Appointment a : booked) {
			dates.append("  - ").append(WHEN.format(a.start().atZone(d.zone()))).append('\n');
			events.add(new IcsCalendar.Event(a.id(), a.start(), a.end(), d.service() + " with " + d.therapist(),
					d.clinic(), d.location() + ", " + d.room(), a.version(), false));
		}
		String text = """
				Hello %s,

				Your %d appointments for %s with %s are booked (%s time):
				%s
				Where: %s, %s. Each one can be changed or cancelled from your portal.
				""".formatted(contact.firstName(), booked.size(), d.service(), d.therapist(), d.zone().getId(), dates,
				d.room(), d.location()) + beforeFirstTreatment(first.clientId());
		String ics = IcsCalendar.invitation(d.zone(), "REQUEST", events, organizer, contact.email());
		outbox.enqueue(new OutgoingMail(contact.email(), "Your appointments are booked · " + d.clinic(), text, null,
				new OutgoingMail.Attachment("appointments.ics", "text/calendar; charset=UTF-8; method=REQUEST",
						ics.getBytes(StandardCharsets.UTF_8))));
	}

	void reminder(Appointment a, String manageToken) {
		send(a, "Reminder: your massage appointment", """
				Hello %s,

				A reminder of your %s with %s on %s (%s time).
				Where: %s, %s.

				If you cannot come, please let us know as early as you can:
				%s
				""", manageToken, "REQUEST", false);
	}

	/** The links to the health questions and consent, when the client still has either to do. */
	private String beforeFirstTreatment(long clientId) {
		if (!readiness.intakeOrConsentMissing(clientId)) {
			return "";
		}
		String text = """

				Before your first treatment, please fill in your health questions and consent:
				%s/portal/intake
				%s/portal/consent
				""".formatted(baseUrl, baseUrl);
		return text;
	}

	private void send(Appointment a, String subject, String template, String manageToken, String method,
			boolean cancelled) {
		ClientDirectory.Contact contact = clients.contact(a.clientId()).orElse(null);
		if (contact == null || contact.email() == null || contact.email().isBlank()) {
			return;
		}
		Details d = details(a);
		String link = manageToken == null ? "" : baseUrl + "/appointments/manage?token=" + manageToken;
		String text = template.formatted(contact.firstName(), d.service(), d.therapist(),
				WHEN.format(a.start().atZone(d.zone())), d.zone().getId(), d.room(), d.location(), link);
		String ics = IcsCalendar.invitation(d.zone(), method,
				List.of(new IcsCalendar.Event(a.id(), a.start(), a.end(), d.service() + " with " + d.therapist(),
						d.clinic(), d.location() + ", " + d.room(), a.version(), cancelled)), organizer, contact.email());
		outbox.enqueue(new OutgoingMail(contact.email(), subject + " · " + d.clinic(), text, null,
				new OutgoingMail.Attachment("appointment.ics", "text/calendar; charset=UTF-8; method=" + method,
						ics.getBytes(StandardCharsets.UTF_8))));
	}

	Details details(Appointment a) {
		return jdbc.sql("""
				select c.name as clinic, c.time_zone, s.name as service, t.display_name as therapist,
				       r.name as room, l.name as location
				from appointment a
				join service s on s.id = a.service_id
				join therapist t on t.id = a.therapist_id
				join room r on r.id = a.room_id
				join location l on l.id = r.location_id
				cross join clinic c
				where a.id = :id and c.id = 1
				""")
			.param("id", a.id())
			.query((rs, i) -> new Details(rs.getString("clinic"), ZoneId.of(rs.getString("time_zone")),
					rs.getString("service"), rs.getString("therapist"), rs.getString("room"), rs.getString("location")))
			.single();
	}

}
