package org.fascia.charting;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.support.TestAccounts;
import org.fascia.support.TestPeople;
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

	private final TestPeople people;

	private final TestAccounts accounts;

	private final JdbcClient jdbc;

	NoteFixture(TestPeople people, TestAccounts accounts, JdbcClient jdbc) {
		this.people = people;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	Client client() {
		TestPeople.Person person = people.client("Robin", "Client" + System.nanoTime() % 1000);
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

	/** A deep tissue appointment of the client with the therapist, {@code daysAgo} days back, booked. */
	long appointment(FasciaUser therapist, long clientId, int daysAgo) {
		return appointment(therapist, clientId,
				Instant.now().minus(Duration.ofDays(daysAgo)).truncatedTo(ChronoUnit.HOURS), "BOOKED");
	}

	long appointment(FasciaUser therapist, long clientId, Instant start, String status) {
		return people.appointment(therapist, clientId, start, status, "Deep tissue massage");
	}

	/** A complete note's content, as the page would send it. */
	static NoteContent content(String subjective, int pain, String summary, BodyRegion... regions) {
		return new NoteContent(subjective, pain, false, List.of(regions), "Flexion limited to mid-shin", "Tight QL",
				ResponseSinceLast.IMPROVED, "Weekly, focus on the lower back", "Walking 20 min daily", summary);
	}

}
