package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fascia.support.ApiClient.json;

import org.fascia.audit.AuditLog;
import org.fascia.identity.FasciaUser;
import org.fascia.support.ApiClient;
import org.fascia.support.FasciaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET/POST /api/v1/appointments/{id}/note}, {@code …/sign} and {@code …/amendments}: the draft with
 * optimistic versions (409 when stale), 400 naming the field, 409 once signed, amendments only on a signed
 * note; per role: the owner and the appointment's therapist yes, a therapist who never treated the client,
 * the front desk and the client 403. Reads and refusals are audited.
 */
@FasciaIntegrationTest
@Import(NoteFixture.class)
class SessionNoteApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	NoteFixture fixture;

	@Autowired
	AuditLog audit;

	static String body(int version, int pain, String extra) {
		return json("{'subjective': 'Stiff after gardening', 'painToday': " + pain + ", 'healthChanged': false, "
				+ "'findingRegions': ['LOWER_BACK_L', 'SACRUM'], 'objective': 'Flexion to the knees', "
				+ "'assessment': 'Responding', 'responseSinceLast': 'IMPROVED', 'planNext': 'Weekly', "
				+ "'planSelfCare': 'Walking', 'clientSummary': 'We worked on your lower back.', 'version': " + version
				+ extra + "}");
	}

	@Test
	void theTherapistWritesSignsAndAmendsTheNote() throws Exception {
		NoteFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id(), 1);
		String path = "/api/v1/appointments/" + appointment + "/note";
		ApiClient api = ApiClient.as(mvc, therapist.account());

		api.get(path).problem(404);
		JsonNode created = api.post(path, body(0, 6, "")).expect(201).body();
		assertThat(created.get("version").asInt()).isEqualTo(1);
		assertThat(created.get("status").asString()).isEqualTo("DRAFT");
		assertThat(created.get("findingRegions")).extracting(JsonNode::asString).containsExactly("LOWER_BACK_L", "SACRUM");
		assertThat(api.post(path, body(1, 5, "")).expect(200).body().get("version").asInt()).isEqualTo(2);
		ApiClient.Response stale = api.post(path, body(1, 4, "")).problem(409);
		assertThat(stale.body().get("currentVersion").asInt()).isEqualTo(2);
		assertThat(stale.body().get("detail").asString()).contains("changed elsewhere");

		api.post(path, body(2, 11, "")).invalid("painToday");
		api.post(path, json("{'version': 2, 'findingRegions': ['LOWER_BACK_L', 'ELBOW']}")).invalid("findingRegions");
		api.post(path, json("{'version': 2, 'subjective': '" + "x".repeat(4001) + "'}")).invalid("subjective");
		api.post(path, json("{'version': 2, 'responseSinceLast': 'GREAT'}")).invalid("responseSinceLast");
		api.post(path, json("{'subjective': 'no version'}")).invalid("version");
		api.post(path + "/amendments", json("{'section': 'PLAN', 'text': 'x', 'reason': 'y'}")).problem(409);

		JsonNode signed = api.post(path + "/sign", json("{'version': 2}")).expect(200).body();
		assertThat(signed.get("status").asString()).isEqualTo("SIGNED");
		assertThat(signed.get("signedBy").asString()).isEqualTo(therapist.displayName());
		assertThat(signed.get("signedAt").isNull()).isFalse();
		ApiClient.Response locked = api.post(path, body(3, 3, "")).problem(409);
		assertThat(locked.body().get("detail").asString()).contains("signed and read-only");
		api.post(path + "/sign", json("{}")).problem(409);

		api.post(path + "/amendments", json("{'section': 'PLAN', 'text': ' '}")).invalid("text", "reason");
		api.post(path + "/amendments", json("{'section': 'FOOTNOTE', 'text': 'x', 'reason': 'y'}")).invalid("section");
		JsonNode amendment = api.post(path + "/amendments",
				json("{'section': 'PLAN', 'text': 'Fortnightly, not weekly.', 'reason': 'Agreed with the client'}"))
			.expect(201)
			.body();
		assertThat(amendment.get("by").asString()).isEqualTo(therapist.displayName());
		assertThat(api.get(path + "/amendments").expect(200).body()).hasSize(1);
		JsonNode note = api.get(path).expect(200).body();
		assertThat(note.get("planNext").asString()).as("the original stays").isEqualTo("Weekly");
		assertThat(note.get("amendments").get(0).get("text").asString()).isEqualTo("Fortnightly, not weekly.");
		assertThat(note.get("amendments").get(0).get("reason").asString()).isEqualTo("Agreed with the client");
		assertThat(audit.forSubject("appointment", String.valueOf(appointment))).extracting(e -> e.action())
			.contains("NOTE_READ", "NOTE_SAVED", "NOTE_SIGNED", "NOTE_AMENDED", "NOTE_SAVE_REFUSED");
	}

	@Test
	void eachRoleGetsWhatTheRuleSays() throws Exception {
		NoteFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id(), 1);
		String path = "/api/v1/appointments/" + appointment + "/note";
		ApiClient.as(mvc, therapist.account()).post(path, body(0, 6, "")).expect(201);

		assertThat(ApiClient.as(mvc, fixture.owner().account()).get(path).expect(200).body().get("painToday").asInt())
			.isEqualTo(6);
		FasciaUser colleague = fixture.therapist();
		ApiClient stranger = ApiClient.as(mvc, colleague.account());
		stranger.get(path).problem(403);
		stranger.post(path, body(1, 2, "")).problem(403);
		stranger.post(path + "/sign", json("{}")).problem(403);
		stranger.get(path + "/amendments").problem(403);
		// Once the colleague treats the client too (another visit), they may read the note.
		fixture.appointment(colleague, client.id(), 30);
		stranger.get(path).expect(200);

		ApiClient desk = ApiClient.as(mvc, fixture.frontDesk().account());
		desk.get(path).problem(403);
		desk.post(path, body(1, 2, "")).problem(403);
		ApiClient own = ApiClient.as(mvc, client.user().account());
		own.get(path).problem(403);
		own.post(path + "/amendments", json("{'section': 'PLAN', 'text': 'x', 'reason': 'y'}")).problem(403);

		ApiClient.as(mvc, therapist.account()).get("/api/v1/appointments/999999/note").problem(404);
		assertThat(audit.forSubject("appointment", String.valueOf(appointment))).extracting(e -> e.action())
			.contains("NOTE_ACCESS_DENIED");
	}

}
