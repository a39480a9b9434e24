package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.fascia.identity.FasciaUser;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The to-do list of unsigned notes with the test clock, over the daylight-saving weekend of March 2026 in
 * Europe/London (the test clinic's zone): a Saturday 10:00 session is due on Monday at 11:00 BST, 48
 * real hours later, not at 10:00 (two wall-clock days); a signed note leaves the list, a draft stays.
 */
@FasciaIntegrationTest
@Import(NoteFixture.class)
class UnsignedNotesTodoTest {

	static final ZoneId LONDON = ZoneId.of("Europe/London");

	static final MutableClock CLOCK = new MutableClock();

	@TestBean
	Clock clock;

	static Clock clock() {
		return CLOCK;
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	NoteFixture fixture;

	@Autowired
	SessionNotes notes;

	@AfterEach
	void reset() {
		CLOCK.reset();
	}

	/** Moves the test clock to (about) this instant. */
	static void at(Instant when) {
		CLOCK.reset();
		CLOCK.advance(Duration.between(Instant.now(), when));
	}

	String todo(FasciaUser as) throws Exception {
		return mvc.perform(get("/todo").with(user(as))).andReturn().getResponse().getContentAsString();
	}

	@Test
	void dueFortyEightRealHoursAfterTheStartAcrossTheClockChange() throws Exception {
		NoteFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		Instant saturday = ZonedDateTime.of(2026, 3, 28, 10, 0, 0, 0, LONDON).toInstant();
		long session = fixture.appointment(therapist, client.id(), saturday, "BOOKED");
		long drafted = fixture.appointment(therapist, client.id(), saturday.minus(Duration.ofHours(2)), "COMPLETED");
		long signed = fixture.appointment(therapist, client.id(), saturday.minus(Duration.ofHours(4)), "COMPLETED");
		long cancelled = fixture.appointment(therapist, client.id(), saturday.minus(Duration.ofHours(6)), "CANCELLED");
		long missed = fixture.appointment(therapist, client.id(), saturday.minus(Duration.ofHours(8)), "NO_SHOW");
		at(saturday.plus(Duration.ofHours(1)));
		notes.save(drafted, NoteFixture.content("Draft", 5, ""), 0, therapist.id());
		notes.save(signed, NoteFixture.content("Done", 5, "We eased your back."), 0, therapist.id());
		notes.sign(signed, null, therapist.id());

		// Monday 10:00 BST, the same wall-clock time two days on, is only 47 hours later.
		at(ZonedDateTime.of(2026, 3, 30, 10, 0, 0, 0, LONDON).toInstant());
		assertThat(todo(therapist)).doesNotContain("/appointments/" + session + "/note")
			.contains("/appointments/" + drafted + "/note");
		at(ZonedDateTime.of(2026, 3, 30, 10, 59, 0, 0, LONDON).toInstant());
		assertThat(todo(therapist)).doesNotContain("/appointments/" + session + "/note");

		at(ZonedDateTime.of(2026, 3, 30, 11, 0, 30, 0, LONDON).toInstant());
		String due = todo(therapist);
		assertThat(due).contains("/appointments/" + session + "/note")
			.contains("Sat 28 Mar 2026, 10:00")
			.contains("Robin Client")
			.contains("/appointments/" + drafted + "/note")
			.contains("Draft, not signed")
			.doesNotContain("/appointments/" + signed + "/note")
			.doesNotContain("/appointments/" + cancelled + "/note")
			.doesNotContain("/appointments/" + missed + "/note");
		assertThat(todo(fixture.owner())).contains("/appointments/" + session + "/note");
		assertThat(todo(fixture.therapist())).doesNotContain("/appointments/" + session + "/note");
	}

}
