package org.fascia.charting;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.screening.Caution;
import org.fascia.screening.Decision;
import org.fascia.screening.ReferralAdvice;
import org.fascia.screening.ScreeningKind;
import org.fascia.screening.ScreeningRecords;
import org.fascia.screening.ScreeningResult;
import org.fascia.support.TestAccounts;
import org.fascia.support.TestPeople;
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

	private final TestPeople people;

	private final TestAccounts accounts;

	private final ScreeningRecords screenings;

	private final JdbcClient jdbc;

	ChartingFixture(TestPeople people, TestAccounts accounts, ScreeningRecords screenings,
			JdbcClient jdbc) {
		this.people = people;
		this.accounts = accounts;
		this.screenings = screenings;
		this.jdbc = jdbc;
	}

	Client client() {
		TestPeople.Person person = people.client("Robin", "Client");
		return new Client(person.id(), person.user());
	}

	FasciaUser therapist() {
		return people.therapist();
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
		return people.appointment(therapist, clientId, start, "COMPLETED", "Massage");
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
