package org.fascia.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fascia.support.ApiClient.json;

import java.time.LocalDate;

import org.fascia.audit.AuditLog;
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
 * {@code GET/POST /api/v1/clients/{id}/care-plans}: created with 201 and its Location, CARE.md's defaults
 * when left out, 400 problems naming each field, 422 naming the caution, nothing written on any refusal;
 * owner and the client's therapist create, the client reads only their own, the front desk nothing.
 */
@FasciaIntegrationTest
@Import({ SelfCareFixture.class, CarePlanFixture.class })
class CarePlanApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	SelfCareFixture fixture;

	@Autowired
	CarePlanFixture plansFixture;

	@Autowired
	CarePlans plans;

	@Autowired
	SelfCarePrograms programs;

	@Autowired
	ClinicTime clinicTime;

	@Autowired
	AuditLog audit;

	@Test
	void aTherapistCreatesAPlanAndReadsItWithProgressAndTheNextStep() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		fixture.cautions(client.id(), "NO_AGGRESSIVE_LUMBAR_PRESSURE");
		FasciaUser therapist = fixture.therapist();
		fixture.treated(therapist, client.id());
		Consultation c = plansFixture.consultation(client.id(), "RETURN_TO_ACTIVITY", "FIRM", therapist.id());
		ApiClient api = ApiClient.as(mvc, therapist.account());
		String path = "/api/v1/clients/" + client.id() + "/care-plans";
		LocalDate today = clinicTime.today();

		ApiClient.Response created = api.post(path, json("{'consultationId': " + c.id() + ", 'approach': 'TRIGGER_POINT', "
				+ "'goals': [{'kind': 'INSTRUMENT', 'instrument': 'RMDQ', 'target': 'fall of 5'}, "
				+ "{'kind': 'PSFS', 'target': 7, 'activity': 'Gardening'}], 'selfCareItemIds': ["
				+ fixture.item("WALKING").id() + "]}")).expect(201);
		JsonNode plan = created.body();
		assertThat(created.location()).isEqualTo(path + "/" + plan.get("id").asLong());
		assertThat(plan.get("approach").asString()).isEqualTo("TRIGGER_POINT");
		assertThat(plan.get("plannedSessions").asInt()).isEqualTo(10);
		assertThat(plan.get("intervalWeeks").asInt()).isEqualTo(1);
		assertThat(plan.get("reviewDate").asString()).isEqualTo(today.plusWeeks(5).toString());
		assertThat(plan.get("cautions").get(0).asString()).isEqualTo("NO_AGGRESSIVE_LUMBAR_PRESSURE");
		assertThat(plan.get("goals").get(0).get("text").asString()).isEqualTo("Roland-Morris (RMDQ) a fall of 5 points");
		assertThat(plan.get("goals").get(1).get("comparison").asString()).isEqualTo("AT_LEAST");
		assertThat(plan.get("progress").get("done").asInt()).isZero();
		assertThat(plan.get("progress").get("nextStep").asString()).isEqualTo("CONTINUE");
		assertThat(programs.program(client.id()).assignments()).hasSize(1);

		JsonNode list = api.get(path).expect(200).body();
		assertThat(list).hasSize(1);
		assertThat(list.get(0).get("consultationId").asLong()).isEqualTo(c.id());
		assertThat(list.get(0).get("progress").get("planned").asInt()).isEqualTo(10);
	}

	@Test
	void badInputIsA400NamingTheFieldAndNothingIsWritten() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		ApiClient api = ApiClient.as(mvc, fixture.owner().account());
		String path = "/api/v1/clients/" + client.id() + "/care-plans";
		String goal = "'goals': [{'kind': 'INSTRUMENT', 'instrument': 'NPRS', 'target': '<= 3'}]";
		LocalDate today = clinicTime.today();

		api.post(path, json("{'approach': 'HOT_STONES', " + goal + "}")).invalid("approach");
		api.post(path, json("{'approach': 'SWEDISH', 'plannedSessions': 0, " + goal + "}")).invalid("plannedSessions");
		api.post(path, json("{'approach': 'SWEDISH', 'intervalWeeks': 13, " + goal + "}")).invalid("intervalWeeks");
		api.post(path, json("{'approach': 'SWEDISH', 'reviewDate': '" + today.minusDays(1) + "', " + goal + "}"))
			.invalid("reviewDate");
		api.post(path, json("{'approach': 'SWEDISH', 'goals': [{'kind': 'INSTRUMENT', 'instrument': 'NPRS'}]}"))
			.invalid("goals[0].target");
		api.post(path, json("{'approach': 'SWEDISH', 'goals': [{'kind': 'PSFS', 'target': 7}]}")).invalid("goals[0].activity");
		api.post(path, json("{'approach': 'SWEDISH', 'goals': [{'kind': 'INSTRUMENT', 'instrument': 'NPRS', 'target': 11}]}"))
			.invalid("goals[0].target");
		api.post(path, json("{'approach': 'SWEDISH', 'goals': []}")).invalid("goals");
		api.post(path, json("{'approach': 'SWEDISH', 'selfCareItemIds': ['walking'], " + goal + "}")).invalid("selfCareItemIds");
		api.post(path, json("{'approach': 'SWEDISH', 'consultationId': 999999, " + goal + "}")).invalid("consultationId");
		ApiClient.Response many = api.post(path, json("{'plannedSessions': 'ten', 'startDate': 'soon'}"))
			.invalid("approach", "goals", "plannedSessions", "startDate");
		assertThat(many.message("plannedSessions")).isEqualTo("Planned sessions: 1 to 52.");
		api.post(path, "[]").invalid("body");
		Consultation chronic = plansFixture.consultation(client.id(), "RELIEF", "MEDIUM", fixture.owner().id());
		assertThat(api.post(path, json("{'approach': 'SWEDISH', 'consultationId': " + chronic.id() + ", " + goal + "}"))
			.invalid("selfCareItemIds").message("selfCareItemIds")).contains("NICE NG59");
		assertThat(plans.list(client.id())).isEmpty();
	}

	@Test
	void anApproachOrItemACautionRulesOutIsA422NamingItAndNothingIsWritten() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		fixture.cautions(client.id(), "LIGHT_PRESSURE_ONLY", "NO_AGGRESSIVE_LUMBAR_PRESSURE");
		ApiClient api = ApiClient.as(mvc, fixture.owner().account());
		String path = "/api/v1/clients/" + client.id() + "/care-plans";
		String goal = "'goals': [{'kind': 'INSTRUMENT', 'instrument': 'NPRS', 'target': 3}]";

		ApiClient.Response deep = api.post(path, json("{'approach': 'DEEP_TISSUE', " + goal + "}")).problem(422);
		assertThat(deep.body().get("detail").asString()).contains("LIGHT_PRESSURE_ONLY");
		assertThat(deep.body().get("cautions").get(0).asString()).isEqualTo("LIGHT_PRESSURE_ONLY");
		api.post(path, json("{'approach': 'TRIGGER_POINT', " + goal + "}")).problem(422);
		ApiClient.Response item = api.post(path, json("{'approach': 'SWEDISH', " + goal + ", 'selfCareItemIds': ["
				+ fixture.item("WALKING").id() + ", " + fixture.item("HAMSTRING_AIS").id() + "]}")).problem(422);
		assertThat(item.body().get("cautions").get(0).asString()).isEqualTo("NO_AGGRESSIVE_LUMBAR_PRESSURE");
		assertThat(plans.list(client.id())).isEmpty();
		assertThat(programs.program(client.id()).assignments()).as("not even the walking").isEmpty();
		assertThat(audit.forSubject("client", String.valueOf(client.id()))).extracting(e -> e.action())
			.contains("CARE_PLAN_REFUSED");
	}

	@Test
	void accessByRole() throws Exception {
		SelfCareFixture.Client client = fixture.client();
		SelfCareFixture.Client other = fixture.client();
		FasciaUser therapist = fixture.therapist();
		fixture.treated(therapist, client.id());
		plansFixture.plan(client.id(), "SWEDISH", 10, 1, therapist.id());
		String path = "/api/v1/clients/" + client.id() + "/care-plans";
		String body = json("{'approach': 'SWEDISH', 'goals': [{'kind': 'INSTRUMENT', 'instrument': 'NPRS', 'target': 3}]}");

		ApiClient own = ApiClient.as(mvc, client.user().account());
		assertThat(own.get(path).expect(200).body()).hasSize(1);
		own.post(path, body).problem(403);
		ApiClient stranger = ApiClient.as(mvc, other.user().account());
		stranger.get(path).problem(404);
		assertThat(audit.forSubject("client", String.valueOf(client.id()))).extracting(e -> e.action())
			.contains("CARE_PLAN_ACCESS_DENIED");
		ApiClient otherTherapist = ApiClient.as(mvc, fixture.therapist().account());
		otherTherapist.get(path).problem(403);
		otherTherapist.post(path, body).problem(403);
		ApiClient.as(mvc, fixture.frontDesk().account()).get(path).problem(403);
		ApiClient.as(mvc, fixture.frontDesk().account()).post(path, body).problem(403);
		ApiClient owner = ApiClient.as(mvc, fixture.owner().account());
		owner.post(path, body).expect(201);
		owner.get("/api/v1/clients/999999/care-plans").problem(404);
		assertThat(plans.list(client.id())).hasSize(2);
	}

}
