package org.fascia.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fascia.support.ApiClient.json;

import java.time.LocalDate;

import org.fascia.clinic.ClinicTime;
import org.fascia.identity.FasciaUser;
import org.fascia.support.ApiClient;
import org.fascia.support.FasciaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET/POST /api/v1/clients/{id}/self-care} and {@code POST /api/v1/self-care/{assignmentId}/done}:
 * staff rules as on the pages, a client reads and ticks only their own, conflicts are 422 problems
 * naming the caution, dates outside the last 7 days are 400.
 */
@FasciaIntegrationTest
@Import(SelfCareFixture.class)
class SelfCareApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SelfCareFixture fixture;

	@Autowired
	SelfCarePrograms programs;

	@Autowired
	ClinicTime clinicTime;

	@Test
	void aTherapistAssignsAndReadsTheProgramOfAClientTheyTreat() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		fixture.cautions(client.id(), "NO_SPINAL_MANIPULATION", "NO_AGGRESSIVE_LUMBAR_PRESSURE", "CES_SAFETY_NET");
		FasciaUser therapist = fixture.therapist();
		fixture.treated(therapist, client.id());
		ApiClient api = ApiClient.as(mvc, therapist.account());
		String path = "/api/v1/clients/" + client.id() + "/self-care";

		ApiClient.Response created = api.post(path, json("{'itemId': " + fixture.item("WALKING").id()
				+ ", 'dose': '20 minutes, 5 days a week', 'daysPerWeek': 5}")).expect(201);
		assertThat(created.location()).isEqualTo(path);
		assertThat(created.body().get("name").asString()).isEqualTo("Walking");
		assertThat(created.body().get("itemCode").asString()).isEqualTo("WALKING");
		assertThat(created.body().get("dose").asString()).isEqualTo("20 minutes, 5 days a week");
		assertThat(created.body().get("startDate").asString()).isEqualTo(clinicTime.today().toString());
		assertThat(created.body().get("evidenceSource").asString()).contains("NICE NG59");

		ApiClient.Response refused = api.post(path, json("{'itemId': " + fixture.item("HAMSTRING_AIS").id() + "}"))
			.problem(422);
		assertThat(refused.body().get("detail").asString()).contains("NO_AGGRESSIVE_LUMBAR_PRESSURE");
		assertThat(refused.body().get("cautions").get(0).asString()).isEqualTo("NO_AGGRESSIVE_LUMBAR_PRESSURE");

		api.post(path, json("{'itemId': 'walking'}")).invalid("itemId");
		api.post(path, json("{'daysPerWeek': 9, 'startDate': '25/11/2026'}")).invalid("itemId", "daysPerWeek", "startDate");
		api.post(path, json("{'itemId': " + fixture.item("WALKING").id() + "}")).problem(409);

		JsonNode program = api.get(path).expect(200).body();
		assertThat(program.get("clientId").asLong()).isEqualTo(client.id());
		assertThat(program.get("assignments")).hasSize(1);
		assertThat(program.get("adherence").get("prescribedDays").asLong()).isEqualTo(1);
		assertThat(program.get("adherence").get("doneDays").asLong()).isZero();
		assertThat(program.get("adherence").get("percent").asInt()).isZero();
		assertThat(program.get("weeklyReminder").asBoolean()).isFalse();
	}

	@Test
	void staffWhoDoNotTreatTheClientAreRefused() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		String path = "/api/v1/clients/" + client.id() + "/self-care";
		ApiClient stranger = ApiClient.as(mvc, fixture.therapist().account());
		stranger.get(path).problem(403);
		stranger.post(path, json("{'itemId': " + fixture.item("WALKING").id() + "}")).problem(403);
		ApiClient.as(mvc, fixture.frontDesk().account()).get(path).problem(403);
		ApiClient owner = ApiClient.as(mvc, fixture.owner().account());
		owner.get(path).expect(200);
		owner.post(path, json("{'itemId': " + fixture.item("WALKING").id() + "}")).expect(201);
		owner.get("/api/v1/clients/999999/self-care").problem(404);
	}

	@Test
	void aClientReadsTheirOwnProgramAndTicksTheirOwnDays() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		SelfCareFixture.Client other = fixture.client();
		LocalDate today = clinicTime.today();
		SelfCareAssignment mine = programs.assign(client.id(), new SelfCareAssignmentForm(
				String.valueOf(fixture.item("BREATHING_RELAXATION").id()), "", "", today.minusDays(6).toString(), ""),
				fixture.therapist().id());
		SelfCareAssignment theirs = programs.assign(other.id(), new SelfCareAssignmentForm(
				String.valueOf(fixture.item("WALKING").id()), "", "", "", ""), fixture.therapist().id());
		ApiClient api = ApiClient.as(mvc, client.user().account());

		api.get("/api/v1/clients/" + client.id() + "/self-care").expect(200);
		api.get("/api/v1/clients/" + other.id() + "/self-care").problem(404);
		api.post("/api/v1/clients/" + client.id() + "/self-care", json("{'itemId': 1}")).problem(403);

		String done = "/api/v1/self-care/" + mine.id() + "/done";
		JsonNode ticked = api.post(done, "").expect(200).body();
		assertThat(ticked.get("date").asString()).isEqualTo(today.toString());
		assertThat(ticked.get("done").asBoolean()).isTrue();
		api.post(done, json("{}")).expect(200);
		JsonNode again = api.post(done, json("{'date': '" + today + "'}")).expect(200).body();
		assertThat(again.get("adherence").get("doneDays").asLong()).as("ticking twice counts once").isEqualTo(1);
		api.post(done, json("{'date': '" + today.minusDays(6) + "'}")).expect(200);
		assertThat(programs.program(client.id()).assignments().get(0).doneDates()).hasSize(2);

		api.post(done, json("{'date': '" + today.plusDays(1) + "'}")).invalid("date");
		api.post(done, json("{'date': '" + today.minusDays(7) + "'}")).invalid("date");
		api.post(done, json("{'date': 'yesterday'}")).invalid("date");

		api.post("/api/v1/self-care/" + theirs.id() + "/done", json("{}")).problem(404);
		assertThat(programs.program(other.id()).assignments().get(0).doneDates()).as("never another client's").isEmpty();
		api.post("/api/v1/self-care/999999/done", json("{}")).problem(404);

		ApiClient.as(mvc, fixture.therapist().account()).post(done, json("{}")).problem(403);
	}

}
