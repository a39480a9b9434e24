package org.fascia.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicTime;
import org.fascia.inbox.InboxItem;
import org.fascia.inbox.InboxSource;
import org.fascia.inbox.InboxViewer;
import org.fascia.platform.Db;
import org.fascia.platform.Words;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Waitlist offers for the staff inbox: clients still waiting who were emailed a freed time in the last 14 days and
 * have not booked it (the desk may call them). For the owner and the front desk. An entry offered again later is a
 * new item (its id carries the time of the offer).
 */
@Component
class WaitlistOfferSource implements InboxSource {

	static final Duration LISTED_FOR = Duration.ofDays(14);

	private final JdbcClient jdbc;

	private final BookingCatalog catalog;

	private final ClientDirectory clients;

	private final ClinicTime time;

	private final AuditLog audit;

	private final Clock clock;

	private final Words words;

	WaitlistOfferSource(JdbcClient jdbc, BookingCatalog catalog, ClientDirectory clients, ClinicTime time,
			AuditLog audit, Clock clock, Words words) {
		this.words = words;
		this.jdbc = jdbc;
		this.catalog = catalog;
		this.clients = clients;
		this.time = time;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public String kind() {
		return "waitlist-offer";
	}

	@Override
	public String label() {
		return words.text("booking.inbox.waitlist.label");
	}

	@Override
	public boolean shownTo(InboxViewer viewer) {
		return viewer.desk();
	}

	private record Offer(long id, long clientId, long serviceId, Long therapistId, Instant wantedBefore,
			Instant notifiedAt) {
	}

	@Override
	public List<InboxItem> items(InboxViewer viewer) {
		if (!viewer.desk()) {
			return List.of();
		}
		List<Offer> offers = jdbc.sql("""
				select id, client_id, service_id, therapist_id, wanted_before, notified_at from waitlist_entry
				where active = true and notified_at is not null and notified_at >= :since
				order by notified_at desc, id desc
				""")
			.param("since", Db.utc(clock.instant().minus(LISTED_FOR)))
			.query((rs, i) -> new Offer(rs.getLong("id"), rs.getLong("client_id"), rs.getLong("service_id"),
					rs.getObject("therapist_id", Long.class), Db.instant(rs, "wanted_before"),
					Db.instant(rs, "notified_at")))
			.list();
		audit.record("WAITLIST_READ", "user", viewer.userId(), AuditOutcome.SUCCESS, offers.size() + " open offer(s)");
		Map<Long, String> names = new HashMap<>();
		return offers.stream().map(o -> {
			String name = names.computeIfAbsent(o.clientId(), id -> clients.contact(id)
				.map(c -> c.firstName() + " " + c.lastName())
				.orElseGet(() -> words.text("booking.inbox.waitlist.aClient")));
			String service = catalog.service(o.serviceId()).map(BookingCatalog.ServiceView::name)
				.orElseGet(() -> words.text("booking.inbox.waitlist.aVisit"));
			String before = time.date(o.wantedBefore());
			String summary = o.therapistId() == null
					? words.text("booking.inbox.waitlist.summary", service, before)
					: words.text("booking.inbox.waitlist.summaryWith", service, catalog.therapistName(o.therapistId())
						.orElseGet(() -> words.text("booking.inbox.waitlist.theirTherapist")), before);
			return new InboxItem(kind(), o.id() + "-" + o.notifiedAt().getEpochSecond(), o.notifiedAt(),
					words.text("booking.inbox.waitlist.title", name), summary, "/clients/" + o.clientId(), false);
		}).toList();
	}

}
