package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.fascia.identity.FasciaUser;
import org.fascia.support.FasciaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The note page per role, the Save button without JavaScript, autosave with htmx (status fragment and new
 * version; a stale version refused with a clear message), the health-change "yes" leading to the re-screen,
 * signing with its confirmation, the read-only signed note with amendments, the to-do list and the
 * client's portal summaries (own, signed, never the working notes).
 */
@FasciaIntegrationTest
@Import(NoteFixture.class)
class SessionNotePagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	NoteFixture fixture;

	@Autowired
	SessionNotes notes;

	MockHttpServletResponse send(MockHttpServletRequestBuilder request, FasciaUser as) throws Exception {
		return mvc.perform(request.with(user(as)).with(csrf())).andReturn().getResponse();
	}

	static MockHttpServletRequestBuilder note(MockHttpServletRequestBuilder request, String version, String pain) {
		return note(request, version, pain, "false");
	}

	static MockHttpServletRequestBuilder note(MockHttpServletRequestBuilder request, String version, String pain,
			String healthChanged) {
		return request.param("subjective", "Stiff after gardening")
			.param("painToday", pain)
			.param("healthChanged", healthChanged)
			.param("findingRegions", "LOWER_BACK_L", "GLUTEAL_R")
			.param("objective", "Flexion to the knees")
			.param("assessment", "Responding well")
			.param("responseSinceLast", "IMPROVED")
			.param("planNext", "Weekly")
			.param("planSelfCare", "Walking daily")
			.param("clientSummary", "We worked on your lower back and right hip.")
			.param("version", version);
	}

	@Test
	void eachRoleAgainstTheNotePage() throws Exception {
		NoteFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id(), 0);
		String path = "/appointments/" + appointment + "/note";

		MockHttpServletResponse page = send(get(path), therapist);
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains("Before the session")
			.contains("Cautions from screening")
			.contains("Treatment readiness")
			.contains("Pressure and comfort")
			.contains("name=\"findingRegions\" value=\"LOWER_BACK_L\"")
			.contains("Soreness after the last session (hours):")
			.contains("hx-post=\"/appointments/" + appointment + "/note/draft\"");
		assertThat(send(get(path), fixture.owner()).getStatus()).isEqualTo(200);
		assertThat(send(get(path), fixture.therapist()).getStatus()).as("a therapist who never treated the client")
			.isEqualTo(403);
		assertThat(send(get(path), fixture.frontDesk()).getStatus()).isEqualTo(403);
		assertThat(send(get(path), client.user()).getStatus()).isEqualTo(403);
		assertThat(send(get("/appointments/999999/note"), therapist).getStatus()).isEqualTo(404);
		assertThat(send(note(post(path), "0", "5"), fixture.frontDesk()).getStatus()).isEqualTo(403);
	}

	@Test
	void theCalendarPanelTheClientRecordAndTheDashboardLinkToTheNoteForTherapistsOnly() throws Exception {
		NoteFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id(), 0);
		String link = "href=\"/appointments/" + appointment + "/note\"";
		assertThat(send(get("/calendar/appointments/" + appointment), therapist).getContentAsString()).contains(link);
		assertThat(send(get("/clients/" + client.id()), therapist).getContentAsString()).contains(link);
		assertThat(send(get("/calendar/appointments/" + appointment), fixture.frontDesk()).getContentAsString())
			.doesNotContain(link);
		assertThat(send(get("/clients/" + client.id()), fixture.frontDesk()).getContentAsString()).doesNotContain(link);
		assertThat(send(get("/dashboard"), therapist).getContentAsString()).contains("href=\"/todo\"");
		assertThat(send(get("/dashboard"), fixture.frontDesk()).getContentAsString()).doesNotContain("href=\"/todo\"");
	}

	@Test
	void saveWithoutJavaScriptAutosaveWithHtmxAndAStaleTabRefused() throws Exception {
		NoteFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id(), 0);
		String path = "/appointments/" + appointment + "/note";

		MockHttpServletResponse saved = send(note(post(path), "0", "6"), therapist);
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(saved.getRedirectedUrl()).isEqualTo(path);
		assertThat(notes.read(appointment).orElseThrow().content().findingRegions())
			.containsExactly(BodyRegion.LOWER_BACK_L, BodyRegion.GLUTEAL_R);

		MockHttpServletResponse autosaved = send(note(post(path + "/draft"), "1", "5").header("HX-Request", "true"),
				therapist);
		assertThat(autosaved.getStatus()).isEqualTo(200);
		assertThat(autosaved.getContentAsString()).contains("Saved at")
			.contains("id=\"note-version\"")
			.contains("value=\"2\"")
			.doesNotContain("<html");
		MockHttpServletResponse stale = send(note(post(path + "/draft"), "1", "3").header("HX-Request", "true"),
				therapist);
		assertThat(stale.getStatus()).isEqualTo(409);
		assertThat(stale.getContentAsString()).contains("Not saved").contains("changed elsewhere");
		MockHttpServletResponse staleSave = send(note(post(path), "1", "3"), therapist);
		assertThat(staleSave.getStatus()).isEqualTo(409);
		assertThat(staleSave.getContentAsString()).contains("changed elsewhere").contains("Stiff after gardening");
		MockHttpServletResponse invalid = send(note(post(path + "/draft"), "2", "11").header("HX-Request", "true"),
				therapist);
		assertThat(invalid.getStatus()).isEqualTo(400);
		assertThat(invalid.getContentAsString()).contains("0 (no pain) to 10");
		assertThat(notes.read(appointment).orElseThrow().content().painToday()).isEqualTo(5);
	}

	@Test
	void aCancelledAppointmentNeedsNoNote() throws Exception {
		NoteFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id(),
				java.time.Instant.now().minus(java.time.Duration.ofDays(1)).truncatedTo(java.time.temporal.ChronoUnit.HOURS),
				"CANCELLED");
		String page = send(get("/appointments/" + appointment + "/note"), therapist).getContentAsString();
		assertThat(page).contains("there was no session, so it needs no note").doesNotContain("id=\"note-form\"");
		MockHttpServletResponse refused = send(note(post("/appointments/" + appointment + "/note"), "0", "5"), therapist);
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("there is no session to write a note for");
	}

	@Test
	void aHealthChangeLeadsToTheReScreen() throws Exception {
		NoteFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id(), 0);
		MockHttpServletResponse saved = send(note(post("/appointments/" + appointment + "/note"), "0", "6", "true"),
				therapist);
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/calendar/appointments/" + appointment + "/health-check");
		assertThat(send(get("/calendar/appointments/" + appointment + "/health-check"), therapist).getStatus())
			.isEqualTo(200);
	}

	@Test
	void signingNeedsTheConfirmationThenTheNoteIsReadOnlyWithAmendments() throws Exception {
		NoteFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id(), 0);
		String path = "/appointments/" + appointment + "/note";

		MockHttpServletResponse unconfirmed = send(note(post(path + "/sign"), "0", "6"), therapist);
		assertThat(unconfirmed.getStatus()).isEqualTo(400);
		assertThat(unconfirmed.getContentAsString()).contains("please confirm first");
		assertThat(notes.read(appointment)).isEmpty();

		MockHttpServletResponse signed = send(note(post(path + "/sign"), "0", "6").param("confirm", "true"), therapist);
		assertThat(signed.getStatus()).isEqualTo(302);
		String page = send(get(path), therapist).getContentAsString();
		assertThat(page).contains("Signed by " + therapist.displayName()).contains("Add an amendment")
			.doesNotContain("id=\"note-form\"");
		assertThat(send(note(post(path), "2", "1"), therapist).getContentAsString()).contains("signed and read-only");
		assertThat(send(note(post(path + "/draft"), "2", "1").header("HX-Request", "true"), therapist).getStatus())
			.isEqualTo(409);

		MockHttpServletResponse noReason = send(post(path + "/amendments").param("section", "SUBJECTIVE")
			.param("text", "Stiff after digging"), therapist);
		assertThat(noReason.getStatus()).isEqualTo(400);
		assertThat(noReason.getContentAsString()).contains("Give the reason for the amendment.");
		MockHttpServletResponse amended = send(post(path + "/amendments").param("section", "SUBJECTIVE")
			.param("text", "Stiff after digging, not gardening").param("reason", "Client corrected it"), therapist);
		assertThat(amended.getStatus()).isEqualTo(302);
		assertThat(send(get(path), therapist).getContentAsString()).contains("Original, as signed")
			.contains("Stiff after gardening")
			.contains("Stiff after digging, not gardening")
			.contains("Reason: Client corrected it");
	}

	@Test
	void theToDoListAndTheClientsSummaries() throws Exception {
		NoteFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long overdue = fixture.appointment(therapist, client.id(), 3);
		long signedOne = fixture.appointment(therapist, client.id(), 4);
		long recent = fixture.appointment(therapist, client.id(), 1);
		notes.save(signedOne, NoteFixture.content("Working note: left QL tight", 5, "We eased your lower back.",
				BodyRegion.LOWER_BACK_L), 0, therapist.id());
		notes.sign(signedOne, null, therapist.id());
		notes.save(recent, NoteFixture.content("Draft working note", 5, "Draft summary"), 0, therapist.id());

		String todo = send(get("/todo"), therapist).getContentAsString();
		assertThat(todo).contains("/appointments/" + overdue + "/note")
			.doesNotContain("/appointments/" + signedOne + "/note")
			.doesNotContain("/appointments/" + recent + "/note");
		assertThat(send(get("/todo"), fixture.owner()).getContentAsString()).contains("/appointments/" + overdue + "/note");
		assertThat(send(get("/todo"), fixture.therapist()).getContentAsString())
			.doesNotContain("/appointments/" + overdue + "/note");
		assertThat(send(get("/todo"), fixture.frontDesk()).getStatus()).isEqualTo(403);

		MockHttpServletResponse portal = send(get("/portal/sessions"), client.user());
		assertThat(portal.getStatus()).isEqualTo(200);
		assertThat(portal.getContentAsString()).contains("We eased your lower back.")
			.contains("Lower back, left")
			.doesNotContain("Working note")
			.doesNotContain("Draft summary")
			.doesNotContain("Flexion limited");
		NoteFixture.Client other = fixture.client();
		assertThat(send(get("/portal/sessions"), other.user()).getContentAsString())
			.doesNotContain("We eased your lower back.");
		assertThat(send(get("/portal/sessions"), therapist).getStatus()).isEqualTo(403);
	}

}
