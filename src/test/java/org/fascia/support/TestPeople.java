package org.fascia.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.NewService;
import org.fascia.clinic.ServiceKind;
import org.fascia.identity.Account;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.platform.Db;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The people of a clinical test, through the modules' APIs: a client with an account, a therapist with a
 * therapist record, and the appointments between them. An appointment is written directly, with a room and a
 * service of its own (so one therapist's appointments never collide with another test's): a visit in the past
 * only has to exist, e.g. for "the therapist treats this client".
 */
@Component
public class TestPeople {

	/** A client record and the client's signed-in principal. */
	public record Person(long id, FasciaUser user) {
	}

	private final TestAccounts accounts;

	private final ClinicCatalog catalog;

	private final ClientDirectory clients;

	private final JdbcClient jdbc;

	public TestPeople(TestAccounts accounts, ClinicCatalog catalog, ClientDirectory clients, JdbcClient jdbc) {
		this.accounts = accounts;
		this.catalog = catalog;
		this.clients = clients;
		this.jdbc = jdbc;
	}

	public Person client(String firstName, String lastName) {
		Account account = accounts.create(Role.CLIENT);
		long id = clients.create(account.id(), firstName, lastName, account.email(), null);
		return new Person(id, new FasciaUser(account.id(), account.email(), account.displayName(), Role.CLIENT, null,
				true, false));
	}

	/** A therapist account with its therapist record. */
	public FasciaUser therapist() {
		Account account = accounts.create(Role.THERAPIST);
		catalog.addTherapist(account.id(), account.displayName(), null);
		return new FasciaUser(account.id(), account.email(), account.displayName(), Role.THERAPIST, null, true, false);
	}

	/** A therapist's record id, working 09:00–17:00 every day of the week (to book in). */
	public long therapistWorkingEveryDay() {
		Account account = accounts.create(Role.THERAPIST);
		long id = catalog.addTherapist(account.id(), account.displayName(), null);
		List<org.fascia.clinic.WorkingInterval> hours = new java.util.ArrayList<>();
		for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
			hours.add(new org.fascia.clinic.WorkingInterval(day, java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0)));
		}
		catalog.setWorkingHours(id, hours);
		return id;
	}

	/**
	 * A 60-minute treatment of the client with the therapist at {@code start}, in a new room and a new service
	 * whose name starts with {@code serviceName}; returns the appointment's id.
	 */
	public long appointment(FasciaUser therapist, long clientId, Instant start, String status, String serviceName) {
		long therapistId = jdbc.sql("select id from therapist where user_id = :user").param("user", therapist.id())
			.query(Long.class).single();
		long room = catalog.addRoom("Room " + System.nanoTime());
		long service = catalog.addService(new NewService(serviceName + " " + System.nanoTime(), "Test", 60, 15, 7500,
				ServiceKind.TREATMENT, true, List.of(therapistId)));
		KeyHolder keys = new GeneratedKeyHolder();
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

}
