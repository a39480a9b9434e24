package org.fascia.charting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.NewService;
import org.fascia.clinic.ServiceKind;
import org.fascia.identity.Account;
import org.fascia.identity.Role;
import org.fascia.intake.IntakeResponses;
import org.fascia.intake.IntakeSubmitted;
import org.fascia.platform.Db;
import org.fascia.support.TestAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A client with an intake, a therapist, and past sessions written directly at chosen times (a session in
 * the past only has to exist for the follow-up job to find it).
 */
@Component
class FollowUpFixture {

	record Client(long id, String email) {
	}

	private final TestAccounts accounts;

	private final ClinicCatalog catalog;

	private final ClientDirectory clients;

	private final IntakeResponses responses;

	private final JdbcClient jdbc;

	FollowUpFixture(TestAccounts accounts, ClinicCatalog catalog, ClientDirectory clients, IntakeResponses responses,
			JdbcClient jdbc) {
		this.accounts = accounts;
		this.catalog = catalog;
		this.clients = clients;
		this.responses = responses;
		this.jdbc = jdbc;
	}

	/** A client whose intake screens to PROCEED (no red flags, no cautions). */
	Client client() {
		accounts.ensureClinic();
		Account account = accounts.create(Role.CLIENT);
		long id = clients.create(account.id(), "Robin", "Client", account.email(), null);
		responses.store(id, Map.of("age", 41, "pain_duration_days", 200, "pain_trend", "improving"),
				IntakeResponses.Source.CLIENT, IntakeSubmitted.Kind.INTAKE, null, null);
		return new Client(id, account.email());
	}

	/** A treatment service of this name, offered by a new therapist; returns {therapistId, serviceId, roomId}. */
	long[] service(String name) {
		Account account = accounts.create(Role.THERAPIST);
		long therapist = catalog.addTherapist(account.id(), account.displayName(), null);
		long room = catalog.addRoom("Room " + System.nanoTime());
		long service = catalog.addService(new NewService(name + " " + System.nanoTime(), "Test", 60, 15, 7500,
				ServiceKind.TREATMENT, true, List.of(therapist)));
		return new long[] { therapist, service, room };
	}

	/** A session of the client that ended at {@code end}; returns its id. */
	long session(Client client, long[] service, Instant end, String status) {
		Instant start = end.minus(Duration.ofHours(1));
		return jdbc.sql("""
				insert into appointment (client_id, therapist_id, room_id, service_id, start_at, end_at, occupied_until,
				                         status, created_at, changed_at)
				values (:client, :therapist, :room, :service, :start, :end, :until, :status, :start, :start)
				""")
			.param("client", client.id())
			.param("therapist", service[0])
			.param("room", service[2])
			.param("service", service[1])
			.param("start", Db.utc(start))
			.param("end", Db.utc(end))
			.param("until", Db.utc(end.plus(Duration.ofMinutes(15))))
			.param("status", status)
			.update() == 1 ? jdbc.sql("select max(id) from appointment").query(Long.class).single() : -1;
	}

	/** A deep tissue entry in the session's treatment log, written directly. */
	void loggedDeepTissue(long sessionId, Client client) {
		jdbc.sql("""
				insert into treatment_log_entry (appointment_id, client_id, region, technique, pressure, comfort,
				                                 recorded_by, recorded_at)
				values (:a, :c, 'GLUTEAL_L', 'DEEP_TISSUE', 3, 'COMFORTABLE', (select min(id) from app_user), :now)
				""").param("a", sessionId).param("c", client.id()).param("now", Db.utc(Instant.now())).update();
	}

}
