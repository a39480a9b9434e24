package org.fascia.charting;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.NewService;
import org.fascia.clinic.ServiceKind;
import org.fascia.identity.Account;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.Db;
import org.fascia.support.TestAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Clients, therapists and appointments for the note tests, through the modules' APIs (appointments are
 * written directly, at any time and status: they only have to exist, as in the calendar's history).
 */
@Component
class NoteFixture {

	record Client(long id, FasciaUser user) {
	}

	private final TestAccounts accounts;

	private final ClinicCatalog catalog;

	private final ClientDirectory clients;

	private final JdbcClient jdbc;

	NoteFixture(TestAccounts accounts, ClinicCatalog catalog, ClientDirectory clients, JdbcClient jdbc) {
		this.accounts = accounts;
		this.catalog = catalog;
		this.clients = clients;
		this.jdbc = jdbc;
	}

	Client client() {
		Account account = accounts.create(Role.CLIENT);
		long id = clients.create(account.id(), "Robin", "Client" + System.nanoTime() % 1000, account.email(), null);
		return new Client(id, new FasciaUser(account.id(), account.email(), account.displayName(), Role.CLIENT, null,
				true, false));
	}

	FasciaUser therapist() {
		Account account = accounts.create(Role.THERAPIST);
		catalog.addTherapist(account.id(), account.displayName(), null);
		return new FasciaUser(account.id(), account.email(), account.displayName(), Role.THERAPIST, null, true, false);
	}

	FasciaUser owner() {
		return accounts.principal(Role.OWNER);
	}

	FasciaUser frontDesk() {
		return accounts.principal(Role.FRONT_DESK);
	}

	/** A deep tissue appointment of the client with the therapist, {@code daysAgo} days back, booked. */
	long appointment(FasciaUser therapist, long clientId, int daysAgo) {
		return appointment(therapist, clientId,
				Instant.now().minus(Duration.ofDays(daysAgo)).truncatedTo(ChronoUnit.HOURS), "BOOKED");
	}

	long appointment(FasciaUser therapist, long clientId, Instant start, String status) {
		long therapistId = jdbc.sql("select id from therapist where user_id = :user").param("user", therapist.id())
			.query(Long.class).single();
		long room = catalog.addRoom("Room " + System.nanoTime());
		long service = catalog.addService(new NewService("Deep tissue massage " + System.nanoTime(), "Test", 60, 15,
				7500, ServiceKind.TREATMENT, true, List.of(therapistId)));
		org.springframework.jdbc.support.KeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("""
				insert into appointment (client_id, therapist_id, room_id, service_id, start_at, end_at, occupied_until,
				                         status, created_at, changed_at)
				values (:client, :therapist, :room, :service, :start, :end, :until, :status, :start, :start)
				""")
			.param("client", clientId)
			.param("therapist", therapistId)
			.param("room", room)
			.param("service", service)
			.param("start", Db.utc(start))
			.param("end", Db.utc(start.plus(Duration.ofHours(1))))
			.param("until", Db.utc(start.plus(Duration.ofMinutes(75))))
			.param("status", status)
			.update(keys, "id");
		return keys.getKey().longValue();
	}

	/** A complete note's content, as the page would send it. */
	static NoteContent content(String subjective, int pain, String summary, BodyRegion... regions) {
		return new NoteContent(subjective, pain, false, List.of(regions), "Flexion limited to mid-shin", "Tight QL",
				ResponseSinceLast.IMPROVED, "Weekly, focus on the lower back", "Walking 20 min daily", summary);
	}

}
