package org.fascia.charting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fascia.support.ApiClient.json;

import org.fascia.identity.FasciaUser;
import org.fascia.support.ApiClient;
import org.fascia.support.FasciaIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST/GET /api/v1/appointments/{id}/treatment-log}: 201 with the entries, 400 naming the field,
 * 422 naming the cautions, nothing written on any error, and the roles.
 */
@FasciaIntegrationTest
@Import(ChartingFixture.class)
class TreatmentLogApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ChartingFixture fixture;

	@Test
	void aTherapistLogsAndIsRefusedNamingTheCaution() throws Exception {
		ChartingFixture.Client client = fixture.client();
		fixture.cautions(client.id(), "NO_AGGRESSIVE_LUMBAR_PRESSURE", "NO_SPINAL_MANIPULATION");
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id());
		String path = "/api/v1/appointments/" + appointment + "/treatment-log";
		ApiClient api = ApiClient.as(mvc, therapist.account());

		ApiClient.Response created = api.post(path, json(
				"{'regions': ['LOWER_BACK_L', 'LOWER_BACK_R'], 'technique': 'MYOFASCIAL_RELEASE', 'pressure': 3, "
						+ "'comfort': 'INTENSE_BUT_OK'}"))
			.expect(201);
		assertThat(created.location()).isEqualTo(path);
		JsonNode entries = created.body().get("entries");
		assertThat(entries).hasSize(2);
		assertThat(entries.get(0).get("region").asString()).isEqualTo("LOWER_BACK_L");
		assertThat(entries.get(0).get("regionName").asString()).isEqualTo("Lower back, left");
		assertThat(entries.get(0).get("pressure").asInt()).isEqualTo(3);
		assertThat(entries.get(1).get("comfort").asString()).isEqualTo("INTENSE_BUT_OK");

		ApiClient.Response refused = api.post(path, json(
				"{'region': 'SACRUM', 'technique': 'DEEP_TISSUE', 'pressure': 5, 'comfort': 'COMFORTABLE'}"))
			.problem(422);
		assertThat(refused.body().get("detail").asString()).contains("NO_AGGRESSIVE_LUMBAR_PRESSURE").contains("Sacrum");
		assertThat(refused.body().get("cautions")).hasSize(1);
		assertThat(refused.body().get("cautions").get(0).get("code").asString()).isEqualTo("NO_AGGRESSIVE_LUMBAR_PRESSURE");
		assertThat(refused.body().get("cautions").get(0).get("text").asString())
			.isEqualTo("Text of NO_AGGRESSIVE_LUMBAR_PRESSURE.");

		api.post(path, json("{'region': 'ELBOW', 'technique': 'SWEDISH', 'pressure': 2, 'comfort': 'COMFORTABLE'}"))
			.invalid("region");
		api.post(path, json("{'regions': ['NECK', 'KNEE'], 'technique': 'SWEDISH', 'pressure': 2, 'comfort': 'COMFORTABLE'}"))
			.invalid("regions");
		api.post(path, json("{'region': 'NECK', 'technique': 'REIKI', 'pressure': 2, 'comfort': 'COMFORTABLE'}"))
			.invalid("technique");
		api.post(path, json("{'region': 'NECK', 'technique': 'SWEDISH', 'pressure': 0, 'comfort': 'COMFORTABLE'}"))
			.invalid("pressure");
		api.post(path, json("{'region': 'NECK', 'technique': 'SWEDISH', 'pressure': 6, 'comfort': 'COMFORTABLE'}"))
			.invalid("pressure");
		api.post(path, json("{'region': 'NECK', 'technique': 'SWEDISH', 'pressure': 2.5, 'comfort': 'COMFORTABLE'}"))
			.invalid("pressure");
		api.post(path, json("{'region': 'NECK', 'technique': 'DEEP_TISSUE', 'pressure': 4, 'comfort': 'TOO_MUCH'}"))
			.invalid("reducedPressure");
		api.post(path, json("{'region': 'NECK', 'technique': 'DEEP_TISSUE', 'pressure': 4, 'comfort': 'TOO_MUCH', "
				+ "'reducedPressure': 4}")).invalid("reducedPressure");
		api.post(path, json("{}")).invalid("regions", "technique", "pressure", "comfort");
		assertThat(fixture.entryCount(appointment)).as("nothing written by any refused request").isEqualTo(2);

		api.post(path, json("{'region': 'NECK', 'technique': 'DEEP_TISSUE', 'pressure': 4, 'comfort': 'TOO_MUCH', "
				+ "'reducedPressure': 2}")).expect(201);
		JsonNode log = api.get(path).expect(200).body();
		assertThat(log.get("clientId").asLong()).isEqualTo(client.id());
		assertThat(log.get("locked").asBoolean()).isFalse();
		assertThat(log.get("entries")).hasSize(3);
		assertThat(log.get("entries").get(2).get("reducedPressure").asInt()).isEqualTo(2);
		assertThat(log.get("cautions").get(0).get("code").asString()).isEqualTo("NO_AGGRESSIVE_LUMBAR_PRESSURE");
	}

	@Test
	void onlyTheOwnerAndTheClientsTherapistsReachTheLog() throws Exception {
		ChartingFixture.Client client = fixture.client();
		FasciaUser therapist = fixture.therapist();
		long appointment = fixture.appointment(therapist, client.id());
		String path = "/api/v1/appointments/" + appointment + "/treatment-log";
		String body = json("{'region': 'NECK', 'technique': 'SWEDISH', 'pressure': 2, 'comfort': 'COMFORTABLE'}");

		ApiClient.as(mvc, fixture.owner().account()).post(path, body).expect(201);
		ApiClient.as(mvc, fixture.owner().account()).get("/api/v1/appointments/99999999/treatment-log").problem(404);
		ApiClient stranger = ApiClient.as(mvc, fixture.therapist().account());
		stranger.post(path, body).problem(403);
		stranger.get(path).problem(403);
		ApiClient.as(mvc, fixture.frontDesk().account()).post(path, body).problem(403);
		ApiClient.as(mvc, fixture.frontDesk().account()).get(path).problem(403);
		ApiClient.as(mvc, client.user().account()).post(path, body).problem(403);
		ApiClient.as(mvc, client.user().account()).get(path).problem(403);
		assertThat(fixture.entryCount(appointment)).isEqualTo(1);
	}

}
