package org.fascia.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.clients.ClientDirectory;
import org.fascia.messaging.MailOutbox;
import org.fascia.messaging.OutgoingMail;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Clients waiting for an earlier time. When a time frees up (an appointment cancelled or moved), every
 * matching client is emailed, oldest request first, with a link to book it; the first to book gets it.
 * The event reaches this listener through Spring Modulith's event publication registry, so a crash
 * after the cancellation commits does not lose the offers.
 */
@Service
public class Waitlist {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'at' HH:mm", Locale.UK);

	public record Entry(long id, long clientId, long serviceId, Long therapistId, Instant wantedBefore) {
	}

	private final JdbcClient jdbc;

	private final BookingService booking;

	private final BookingCatalog catalog;

	private final ClientDirectory clients;

	private final MailOutbox outbox;

	private final AuditLog audit;

	private final Clock clock;

	private final String baseUrl;

	private final Words words;

	Waitlist(JdbcClient jdbc, BookingService booking, BookingCatalog catalog, ClientDirectory clients,
			MailOutbox outbox, AuditLog audit, Clock clock, @Value("${fascia.base-url}") String baseUrl, Words words) {
		this.words = words;
		this.jdbc = jdbc;
		this.booking = booking;
		this.catalog = catalog;
		this.clients = clients;
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** Adds the client to the waitlist for times of the service before the given day (exclusive). */
	@Transactional
	public Entry join(long clientId, long serviceId, Long therapistId, LocalDate before) {
		catalog.service(serviceId)
			.orElseThrow(() -> ApiProblem.notFound(words.text("booking.problem.noService", String.valueOf(serviceId))));
		if (therapistId != null && catalog.therapistName(therapistId).isEmpty()) {
			throw ApiProblem.notFound(words.text("booking.problem.noTherapist", String.valueOf(therapistId)));
		}
		ZoneId zone = booking.zone();
		LocalDate today = LocalDate.now(clock.withZone(zone));
		if (before == null || !before.isAfter(today)) {
			throw ApiProblem.badRequest("before", words.text("booking.problem.waitlistAfterToday"));
		}
		if (before.isAfter(today.plusDays(BookingService.MAX_RANGE_DAYS))) {
			throw ApiProblem.badRequest("before",
					words.text("booking.problem.waitlistWithin", BookingService.MAX_RANGE_DAYS));
		}
		Instant wantedBefore = before.atStartOfDay(zone).toInstant();
		KeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into waitlist_entry (client_id, service_id, therapist_id, wanted_before, created_at, active)
				values (:client, :service, :therapist, :before, :now, true)
				""")
			.param("client", clientId)
			.param("service", serviceId)
			.param("therapist", therapistId)
			.param("before", Db.utc(wantedBefore))
			.param("now", Db.utc(clock.instant()))
			.update(keys, "id");
		long id = keys.getKey().longValue();
		audit.record("WAITLIST_JOINED", "client", clientId, AuditOutcome.SUCCESS, "service " + serviceId);
		return new Entry(id, clientId, serviceId, therapistId, wantedBefore);
	}

	/** Offers a freed time to everyone waiting for it, in the order they asked. */
	@ApplicationModuleListener
	void offer(AppointmentFreed freed) {
		Instant now = clock.instant();
		if (!freed.start().isAfter(now)) {
			return;
		}
		List<Entry> waiting = jdbc.sql("""
				select id, client_id, service_id, therapist_id, wanted_before from waitlist_entry
				where active = true and service_id = :service and wanted_before > :start
				  and (therapist_id is null or therapist_id = :therapist)
				order by created_at, id
				""")
			.param("service", freed.serviceId())
			.param("start", Db.utc(freed.start()))
			.param("therapist", freed.therapistId())
			.query((rs, i) -> new Entry(rs.getLong("id"), rs.getLong("client_id"), rs.getLong("service_id"),
					rs.getObject("therapist_id", Long.class), Db.instant(rs, "wanted_before")))
			.list();
		if (waiting.isEmpty()) {
			return;
		}
		String service = catalog.service(freed.serviceId()).map(BookingCatalog.ServiceView::name)
			.orElseGet(() -> words.text("mail.booking.waitlist.yourVisit"));
		String therapist = catalog.therapistName(freed.therapistId())
			.orElseGet(() -> words.text("mail.booking.waitlist.yourTherapist"));
		ZoneId zone = booking.zone();
		String link = baseUrl + UriComponentsBuilder.fromPath("/book/{id}/confirm")
			.queryParam("start", freed.start().toString())
			.queryParam("therapistId", freed.therapistId())
			.buildAndExpand(freed.serviceId())
			.toUriString();
		for (Entry entry : waiting) {
			clients.contact(entry.clientId()).filter(c -> c.email() != null).ifPresent(contact -> {
				outbox.enqueue(OutgoingMail.text(contact.email(), words.text("mail.booking.waitlist.subject", service),
						words.text("mail.booking.waitlist.body", contact.firstName(), service, therapist,
								WHEN.format(freed.start().atZone(zone)), zone.getId(), link)));
				jdbc.sql("update waitlist_entry set notified_at = :now where id = :id")
					.param("now", Db.utc(now))
					.param("id", entry.id())
					.update();
			});
		}
	}

	/** A client who books the service they were waiting for leaves the waitlist. */
	@ApplicationModuleListener
	void fulfil(AppointmentBooked booked) {
		jdbc.sql("""
				update waitlist_entry set active = false, fulfilled_at = :now
				where active = true and client_id = :client
				  and service_id = (select service_id from appointment where id = :appointment)
				""")
			.param("now", Db.utc(clock.instant()))
			.param("client", booked.clientId())
			.param("appointment", booked.appointmentId())
			.update();
	}

	public List<Entry> activeFor(long clientId) {
		return jdbc.sql("""
				select id, client_id, service_id, therapist_id, wanted_before from waitlist_entry
				where active = true and client_id = :client order by created_at
				""")
			.param("client", clientId)
			.query((rs, i) -> new Entry(rs.getLong("id"), rs.getLong("client_id"), rs.getLong("service_id"),
					rs.getObject("therapist_id", Long.class), Db.instant(rs, "wanted_before")))
			.list();
	}

}
