package org.fascia.care;

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
import org.springframework.stereotype.Component;

/**
 * Clients, therapists and the appointments between them for self-care tests, through the modules' APIs
 * (an appointment in the past is written directly: it only has to exist for "the therapist treats
 * this client").
 */
@Component
class SelfCareFixture {

	private static final AtomicInteger DAYS_BACK = new AtomicInteger(30);

	record Client(long id, FasciaUser user) {
	}

	private final TestPeople people;

	private final TestAccounts accounts;

	private final ScreeningRecords screenings;

	private final SelfCareLibrary library;

	SelfCareFixture(TestPeople people, TestAccounts accounts, ScreeningRecords screenings,
			SelfCareLibrary library) {
		this.people = people;
		this.accounts = accounts;
		this.screenings = screenings;
		this.library = library;
	}

	Client client() {
		TestPeople.Person person = people.client("Robin", "Client");
		return new Client(person.id(), person.user());
	}

	/** A therapist account with its therapist record. */
	FasciaUser therapist() {
		return people.therapist();
	}

	FasciaUser owner() {
		return accounts.principal(Role.OWNER);
	}

	FasciaUser frontDesk() {
		return accounts.principal(Role.FRONT_DESK);
	}

	/** A completed appointment of the client with the therapist, some days ago. */
	void treated(FasciaUser therapist, long clientId) {
		people.appointment(therapist, clientId,
				Instant.now().minus(Duration.ofDays(DAYS_BACK.incrementAndGet())).truncatedTo(ChronoUnit.HOURS), "COMPLETED",
				"Massage");
	}

	/** Stores a screening with these caution codes as the client's current one. */
	void cautions(long clientId, String... codes) {
		List<Caution> cautions = java.util.Arrays.stream(codes).map(c -> new Caution(c, "Text of " + c + ".")).toList();
		screenings.store(clientId, null, ScreeningKind.API,
				new ScreeningResult(codes.length == 0 ? Decision.PROCEED : Decision.PROCEED_WITH_CAUTIONS,
						ReferralAdvice.NONE, cautions, List.of()),
				"test", true, null);
	}

	SelfCareLibrary library() {
		return library;
	}

	/** The starter item with this code. */
	SelfCareItem item(String code) {
		return library.all().stream().filter(i -> code.equals(i.code())).findFirst().orElseThrow();
	}

}
