package org.fascia.booking;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.fascia.clients.ClientDirectory;
import org.fascia.messaging.MailOutbox;
import org.fascia.messaging.OutgoingMail;
import org.fascia.platform.Words;
import org.fascia.screening.TreatmentReadiness;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The booking emails: confirmation, change, cancellation and reminder, each with an iCalendar
 * attachment in the clinic's zone, written to the outbox in the caller's transaction. Subjects and bodies are
 * messages of the bundle ({@code mail.booking.*}); the greeting name is the first argument of every body.
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

	private final Words words;

	BookingMails(JdbcClient jdbc, ClientDirectory clients, MailOutbox outbox, @Value("${fascia.base-url}") String baseUrl,
			@Value("${fascia.mail.from}") String from, TreatmentReadiness readiness, Words words) {
		this.readiness = readiness;
		this.words = words;
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
		Visit v = visit(a);
		if (v == null) {
			return;
		}
		send(v, words.text("mail.booking.booked.subject", v.details().clinic()),
				words.text("mail.booking.booked.body", v.args(manageLink(manageToken)))
						+ beforeFirstTreatment(a.clientId()),
				"REQUEST", false);
	}

	void changed(Appointment a, String manageToken) {
		Visit v = visit(a);
		if (v == null) {
			return;
		}
		send(v, words.text("mail.booking.moved.subject", v.details().clinic()),
				words.text("mail.booking.moved.body", v.args(manageLink(manageToken))), "REQUEST", false);
	}

	void cancelled(Appointment a) {
		Visit v = visit(a);
		if (v == null) {
			return;
		}
		send(v, words.text("mail.booking.cancelled.subject", v.details().clinic()),
				words.text("mail.booking.cancelled.body", v.args("")), "CANCEL", true);
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
			events.add(event(a, d, false));
		}
		String text = words.text("mail.booking.series.body", contact.firstName(), booked.size(), d.service(),
				d.therapist(), d.zone().getId(), dates.toString(), d.room(), d.location())
				+ beforeFirstTreatment(first.clientId());
		String ics = IcsCalendar.invitation(d.zone(), "REQUEST", events, organizer, contact.email());
		outbox.enqueue(new OutgoingMail(contact.email(), words.text("mail.booking.series.subject", d.clinic()), text,
				null, new OutgoingMail.Attachment("appointments.ics", "text/calendar; charset=UTF-8; method=REQUEST",
						ics.getBytes(StandardCharsets.UTF_8))));
	}

	void reminder(Appointment a, String manageToken) {
		Visit v = visit(a);
		if (v == null) {
			return;
		}
		send(v, words.text("mail.booking.reminder.subject", v.details().clinic()),
				words.text("mail.booking.reminder.body", v.args(manageLink(manageToken))), "REQUEST", false);
	}

	/** The links to the health questions and consent, when the client still has either to do. */
	private String beforeFirstTreatment(long clientId) {
		if (!readiness.intakeOrConsentMissing(clientId)) {
			return "";
		}
		return words.text("mail.booking.beforeFirstTreatment", baseUrl);
	}

	/**
	 * An appointment with the client to write to and the names a mail needs. The greeting name (the contact's first
	 * name) is always the first argument of a body.
	 */
	private record Visit(Appointment appointment, ClientDirectory.Contact contact, Details details, String when) {

		/** {0} greeting name, {1} service, {2} therapist, {3} when, {4} zone, {5} room, {6} location, {7} link. */
		Object[] args(String link) {
			return new Object[] { contact.firstName(), details.service(), details.therapist(), when,
					details.zone().getId(), details.room(), details.location(), link };
		}

	}

	/** The visit to write about, or null when the client has no email address. */
	private Visit visit(Appointment a) {
		ClientDirectory.Contact contact = clients.contact(a.clientId()).orElse(null);
		if (contact == null || contact.email() == null || contact.email().isBlank()) {
			return null;
		}
		Details d = details(a);
		return new Visit(a, contact, d, WHEN.format(a.start().atZone(d.zone())));
	}

	private String manageLink(String manageToken) {
		return manageToken == null ? "" : baseUrl + "/appointments/manage?token=" + manageToken;
	}

	private IcsCalendar.Event event(Appointment a, Details d, boolean cancelled) {
		return new IcsCalendar.Event(a.id(), a.start(), a.end(), words.text("booking.ics.summary", d.service(),
				d.therapist()), d.clinic(), d.location() + ", " + d.room(), a.version(), cancelled);
	}

	private void send(Visit v, String subject, String text, String method, boolean cancelled) {
		String ics = IcsCalendar.invitation(v.details().zone(), method,
				List.of(event(v.appointment(), v.details(), cancelled)), organizer, v.contact().email());
		outbox.enqueue(new OutgoingMail(v.contact().email(), subject, text, null,
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
