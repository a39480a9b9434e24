package org.fascia.charting;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.NewService;
import org.fascia.clinic.ServiceKind;
import org.fascia.identity.Account;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.Db;
import org.fascia.screening.Caution;
import org.fascia.screening.Decision;
import org.fascia.screening.ReferralAdvice;
import org.fascia.screening.ScreeningKind;
import org.fascia.screening.ScreeningRecords;
import org.fascia.screening.ScreeningResult;
import org.fascia.support.TestAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Clients, therapists, their appointments and screening cautions for charting tests, through the modules'
 * APIs (an appointment is written directly: it only has to exist, at a known time, for the log).
 */
@Component
class ChartingFixture {

	private static final AtomicInteger DAYS_BACK = new AtomicInteger(40);

	record Client(long id, FasciaUser user) {
	}

	private final TestAccounts accounts;

	private final ClinicCatalog catalog;

	private final ClientDirectory clients;

	private final ScreeningRecords screenings;

	private final JdbcClient jdbc;

	ChartingFixture(TestAccounts accounts, ClinicCatalog catalog, ClientDirectory clients, ScreeningRecords screenings,
			JdbcClient jdbc) {
		this.accounts = accounts;
		this.catalog = catalog;
		this.clients = clients;
		this.screenings = screenings;
		this.jdbc = jdbc;
	}

	Client client() {
		Account account = accounts.create(Role.CLIENT);
		long id = clients.create(account.id(), "Robin", "Client", account.email(), null);
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

	/** A completed appointment of the client with the therapist, some days ago (each call further back). */
	long appointment(FasciaUser therapist, long clientId) {
		return appointmentAt(therapist, clientId,
				Instant.now().minus(Duration.ofDays(DAYS_BACK.incrementAndGet())).truncatedTo(ChronoUnit.HOURS));
	}

	long appointmentAt(FasciaUser therapist, long clientId, Instant start) {
		long therapistId = jdbc.sql("select id from therapist where user_id = :user").param("user", therapist.id())
			.query(Long.class).single();
		long room = catalog.addRoom("Room " + System.nanoTime());
		long service = catalog.addService(new NewService("Massage " + System.nanoTime(), "Test", 60, 15, 7500,
				ServiceKind.TREATMENT, true, List.of(therapistId)));
		jdbc.sql("""
				insert into appointment (client_id, therapist_id, room_id, service_id, start_at, end_at, occupied_until,
				                         status, created_at, changed_at)
				values (:client, :therapist, :room, :service, :start, :end, :until, 'COMPLETED', :start, :start)
				""")
			.param("client", clientId)
			.param("therapist", therapistId)
			.param("room", room)
			.param("service", service)
			.param("start", Db.utc(start))
			.param("end", Db.utc(start.plus(Duration.ofHours(1))))
			.param("until", Db.utc(start.plus(Duration.ofMinutes(75))))
			.update();
		return jdbc.sql("select max(id) from appointment where client_id = :client").param("client", clientId)
			.query(Long.class).single();
	}

	/** Stores a screening with these caution codes as the client's current one. */
	void cautions(long clientId, String... codes) {
		List<Caution> cautions = java.util.Arrays.stream(codes).map(c -> new Caution(c, "Text of " + c + ".")).toList();
		screenings.store(clientId, null, ScreeningKind.API,
				new ScreeningResult(codes.length == 0 ? Decision.PROCEED : Decision.PROCEED_WITH_CAUTIONS,
						ReferralAdvice.NONE, cautions, List.of()),
				"test", true, null);
	}

	int entryCount(long appointmentId) {
		return jdbc.sql("select count(*) from treatment_log_entry where appointment_id = :a").param("a", appointmentId)
			.query(Integer.class).single();
	}

}
