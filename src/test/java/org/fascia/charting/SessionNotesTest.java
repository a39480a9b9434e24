package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.Duration;

import org.fascia.audit.AuditLog;
import org.fascia.care.PainReading;
import org.fascia.care.SessionPainReadings;
import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.support.FasciaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The note service on the database: drafts with optimistic versions (a stale save is refused and changes
 * nothing), regions stored as codes, a signed note that neither the application nor the database lets
 * change, amendments that keep the original (append-only), the previous note and care's pain readings.
 */
@FasciaIntegrationTest
@Import(NoteFixture.class)
class SessionNotesTest {

	@Autowired
	SessionNotes notes;

	@Autowired
	NoteFixture fixture;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	SessionPainReadings painReadings;

	static int status(Throwable t) {
		return ((ApiProblem) t).getStatusCode().value();
	}

	@Test
	void aDraftIsCreatedUpdatedAndAStaleVersionIsRefused() {
		NoteFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id(), 1);

		SessionNote created = notes.save(appointment,
				NoteFixture.content("Stiff after gardening", 6, "", BodyRegion.LOWER_BACK_L, BodyRegion.SACRUM), 0,
				therapist.id());
		assertThat(created.version()).isEqualTo(1);
		assertThat(created.status()).isEqualTo(NoteStatus.DRAFT);
		assertThat(jdbc.sql("select region_code from session_note_region where note_id = :id order by region_code")
			.param("id", created.id()).query(String.class).list()).containsExactly("LOWER_BACK_L", "SACRUM");

		SessionNote updated = notes.save(appointment, NoteFixture.content("Better today", 4, "", BodyRegion.SACRUM), 1,
				therapist.id());
		assertThat(updated.version()).isEqualTo(2);
		assertThat(updated.content().findingRegions()).containsExactly(BodyRegion.SACRUM);

		// A second tab still at version 1 saves: refused, and nothing is overwritten.
		assertThatThrownBy(() -> notes.save(appointment, NoteFixture.content("Old tab text", 9, ""), 1, therapist.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> {
				assertThat(p.getStatusCode().value()).isEqualTo(409);
				assertThat(p.getMessage()).contains("changed elsewhere").contains("nothing was overwritten");
				assertThat(p.getBody().getProperties()).containsEntry("currentVersion", 2);
			});
		// A second "first save" of the same appointment (another tab that opened it empty) is stale too.
		assertThatThrownBy(() -> notes.save(appointment, NoteFixture.content("New tab", 2, ""), 0, therapist.id()))
			.satisfies(t -> assertThat(status(t)).isEqualTo(409));
		SessionNote now = notes.read(appointment).orElseThrow();
		assertThat(now.content().subjective()).isEqualTo("Better today");
		assertThat(now.content().painToday()).isEqualTo(4);
		assertThat(now.version()).isEqualTo(2);
		assertThat(audit.forSubject("appointment", String.valueOf(appointment)))
			.extracting(e -> e.action())
			.contains("NOTE_SAVED", "NOTE_SAVE_REFUSED", "NOTE_READ");
	}

	@Test
	void aSignedNoteCannotChangeInTheApplicationOrInTheDatabase() {
		NoteFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id(), 2);
		SessionNote draft = notes.save(appointment,
				NoteFixture.content("Stiff", 6, "We eased your lower back.", BodyRegion.LOWER_BACK_R), 0, therapist.id());

		SessionNote signed = notes.sign(appointment, draft.version(), therapist.id());
		assertThat(signed.signed()).isTrue();
		assertThat(signed.signedBy()).isEqualTo(therapist.displayName());
		assertThat(signed.signedAt()).isNotNull();

		assertThatThrownBy(() -> notes.save(appointment, NoteFixture.content("Changed", 1, "x"), signed.version(),
				therapist.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> {
				assertThat(p.getStatusCode().value()).isEqualTo(409);
				assertThat(p.getMessage()).contains("signed and read-only");
			});
		assertThatThrownBy(() -> notes.sign(appointment, null, therapist.id())).satisfies(t -> assertThat(status(t)).isEqualTo(409));
		assertThatThrownBy(() -> jdbc.sql("update session_note set subjective = 'tampered' where id = :id")
			.param("id", signed.id()).update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("delete from session_note where id = :id").param("id", signed.id()).update())
			.isInstanceOf(DataAccessException.class);
		assertThat(notes.read(appointment).orElseThrow().content().subjective()).isEqualTo("Stiff");
	}

	@Test
	void signingNeedsTheSummaryForTheClient() {
		NoteFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id(), 2);
		notes.save(appointment, NoteFixture.content("Stiff", 6, ""), 0, therapist.id());
		assertThatThrownBy(() -> notes.sign(appointment, 1, therapist.id()))
			.isInstanceOfSatisfying(ApiProblem.class, p -> {
				assertThat(p.getStatusCode().value()).isEqualTo(422);
				assertThat(p.getMessage()).contains("summary for the client");
			});
		assertThat(notes.read(appointment).orElseThrow().signed()).isFalse();
	}

	@Test
	void amendmentsKeepTheOriginalAndCannotBeChanged() {
		NoteFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id(), 3);
		notes.save(appointment, NoteFixture.content("Pain on the left", 6, "We worked on your back."), 0, therapist.id());
		assertThatThrownBy(() -> notes.amend(appointment, "SUBJECTIVE", "Right, not left", "typo", therapist.id()))
			.as("a draft is edited, not amended").satisfies(t -> assertThat(status(t)).isEqualTo(409));
		notes.sign(appointment, 1, therapist.id());

		assertThatThrownBy(() -> notes.amend(appointment, "ELBOW", " ", "", therapist.id()))
			.isInstanceOfSatisfying(ApiProblem.class,
					p -> assertThat(p.errors()).containsOnlyKeys("section", "text", "reason"));
		notes.amend(appointment, "SUBJECTIVE", "Pain on the right side, not the left.", "Side recorded wrongly",
				therapist.id());
		SessionNote amended = notes.amend(appointment, "CLIENT_SUMMARY", "We worked on the right side of your back.",
				"Side", therapist.id());

		assertThat(amended.content().subjective()).as("the original stays").isEqualTo("Pain on the left");
		assertThat(amended.amendmentsOf(NoteSection.SUBJECTIVE)).singleElement().satisfies(a -> {
			assertThat(a.text()).isEqualTo("Pain on the right side, not the left.");
			assertThat(a.reason()).isEqualTo("Side recorded wrongly");
			assertThat(a.by()).isEqualTo(therapist.displayName());
			assertThat(a.at()).isNotNull();
		});
		assertThat(amended.clientSummaryNow()).isEqualTo("We worked on the right side of your back.");
		long amendmentId = amended.amendments().get(0).id();
		assertThatThrownBy(() -> jdbc.sql("update session_note_amendment set text = 'x' where id = :id")
			.param("id", amendmentId).update()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.sql("delete from session_note_amendment where id = :id")
			.param("id", amendmentId).update()).isInstanceOf(DataAccessException.class);
		assertThat(audit.forSubject("appointment", String.valueOf(appointment))).extracting(e -> e.action())
			.contains("NOTE_SIGNED", "NOTE_AMENDED", "NOTE_AMEND_REFUSED");
	}

	@Test
	void theNoteOfACancelledAppointmentIsRefused() {
		NoteFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id(),
				Instant.now().minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.HOURS), "CANCELLED");
		assertThatThrownBy(() -> notes.save(appointment, NoteFixture.content("x", 1, ""), 0, therapist.id()))
			.satisfies(t -> assertThat(status(t)).isEqualTo(422));
	}

	@Test
	void thePreviousNoteAndThePainReadingsInAppointmentOrder() {
		NoteFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long first = fixture.appointment(therapist, client.id(), 14);
		long second = fixture.appointment(therapist, client.id(), 7);
		long third = fixture.appointment(therapist, client.id(), 0);
		notes.save(second, NoteFixture.content("Second", 5, ""), 0, therapist.id());
		notes.save(first, NoteFixture.content("First", 7, ""), 0, therapist.id());

		SessionAppointment today = notes.appointment(third);
		assertThat(notes.previous(today)).hasValueSatisfying(n -> assertThat(n.appointmentId()).isEqualTo(second));
		assertThat(notes.previous(notes.appointment(first))).isEmpty();
		assertThat(painReadings.forClient(client.id())).extracting(PainReading::appointmentId, PainReading::pain)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(first, 7), org.assertj.core.groups.Tuple.tuple(second, 5));
	}

}
