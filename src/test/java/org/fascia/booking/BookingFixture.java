package org.fascia.booking;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicCatalog;
import org.fascia.clinic.NewService;
import org.fascia.clinic.ServiceKind;
import org.fascia.clinic.WorkingInterval;
import org.fascia.identity.Account;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.support.TestAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A small clinic to book in, built through the modules' public APIs. Zone: Europe/London. */
@Component
class BookingFixture {

	static final ZoneId ZONE = ZoneId.of("Europe/London");

	record Clinic(long therapistId, long secondTherapistId, long serviceId, List<Long> rooms, long clientId,
			FasciaUser clientUser, FasciaUser otherClientUser, long otherClientId, FasciaUser frontDesk) {
	}

	private final TestAccounts accounts;

	private final ClinicCatalog catalog;

	private final ClientDirectory clients;

	private final JdbcClient jdbc;

	BookingFixture(TestAccounts accounts, ClinicCatalog catalog, ClientDirectory clients, JdbcClient jdbc) {
		this.accounts = accounts;
		this.catalog = catalog;
		this.clients = clients;
		this.jdbc = jdbc;
	}

	/** Two therapists working 09:00–17:00 every day, one room, a 60-minute service with a 15-minute buffer. */
	Clinic create(int rooms) {
		accounts.ensureClinic();
		long t1 = therapist();
		long t2 = therapist();
		List<Long> roomIds = new ArrayList<>();
		for (int i = 0; i < rooms; i++) {
			roomIds.add(catalog.addRoom("Room " + System.nanoTime()));
		}
		long service = catalog.addService(new NewService("Deep tissue massage (60 min) " + System.nanoTime(),
				"Test service", 60, 15, 7500, ServiceKind.TREATMENT, true, List.of(t1, t2)));
		FasciaUser client = clientUser();
		FasciaUser other = clientUser();
		return new Clinic(t1, t2, service, roomIds, clients.idForUser(client.id()).orElseThrow(), client, other,
				clients.idForUser(other.id()).orElseThrow(), accounts.principal(Role.FRONT_DESK));
	}

	private long therapist() {
		Account account = accounts.create(Role.THERAPIST);
		long id = catalog.addTherapist(account.id(), account.displayName(), null);
		List<WorkingInterval> hours = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			hours.add(new WorkingInterval(day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
		}
		catalog.setWorkingHours(id, hours);
		return id;
	}

	private FasciaUser clientUser() {
		Account account = accounts.create(Role.CLIENT);
		clients.create(account.id(), "Test", "Client", account.email(), null);
		return new FasciaUser(account.id(), account.email(), account.displayName(), Role.CLIENT, null, true, false);
	}

	/** The signed-in principal of a therapist's account. */
	FasciaUser therapistUser(long therapistId) {
		return jdbc.sql("""
				select u.id, u.email, u.display_name from app_user u join therapist t on t.user_id = u.id
				where t.id = :id
				""").param("id", therapistId)
			.query((rs, i) -> new FasciaUser(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
					Role.THERAPIST, null, true, false))
			.single();
	}

	/** A wall-clock time on a day some days ahead, as an instant. */
	static Instant at(int daysAhead, int hour, int minute) {
		return LocalDate.now(ZONE).plusDays(daysAhead).atTime(hour, minute).atZone(ZONE).toInstant();
	}

}
