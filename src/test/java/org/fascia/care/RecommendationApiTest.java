package org.fascia.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fascia.support.ApiClient.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.fascia.identity.Role;
import org.fascia.support.ApiClient;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/recommendation}: answer shape, cautions win, precise 400s, staff only. */
@FasciaIntegrationTest
class RecommendationApiTest {

	private static final String PATH = "/api/v1/recommendation";

	private static final String FIRM_CHRONIC = "{'painDurationDays':120,'goal':'RELIEF','pressurePreference':'FIRM',"
			+ "'experience':'REGULAR','sensitivity':'NORMAL','cautions':[]}";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Test
	void aTherapistGetsTheApproachReasonsAlternativesAndEvidence() throws Exception {
		JsonNode body = ApiClient.as(mvc, accounts.create(Role.THERAPIST)).post(PATH, json(FIRM_CHRONIC)).expect(200).body();
		assertThat(body.get("recommended").get("approach").asString()).isEqualTo("DEEP_TISSUE");
		assertThat(body.get("recommended").get("reasons").toString()).contains("NICE NG59");
		assertThat(body.get("alternatives")).isNotEmpty();
		assertThat(body.get("alternatives").get(0).get("approach").asString()).isNotBlank();
		assertThat(body.get("alternatives").get(0).get("why").asString()).isNotBlank();
		assertThat(body.get("evidenceNote").asString()).contains("Cherkin 2011");
		assertThat(body.get("wouldChange")).isNotEmpty();
		assertThat(body.get("sources").toString()).contains("Cochrane");
	}

	@Test
	void aNoDeepPressureCautionWins() throws Exception {
		for (Role role : new Role[] { Role.OWNER, Role.FRONT_DESK }) {
			JsonNode body = ApiClient.as(mvc, accounts.create(role))
				.post(PATH, json(FIRM_CHRONIC.replace("[]", "['NO_DEEP_PRESSURE','WATCH_BRUISING']")))
				.expect(200)
				.body();
			assertThat(body.get("recommended").get("approach").asString()).isIn("SWEDISH", "MYOFASCIAL_RELEASE");
			assertThat(body.toString()).doesNotContain("DEEP_TISSUE").doesNotContain("TRIGGER_POINT");
		}
	}

	@Test
	void badInputIsRefusedNamingTheField() throws Exception {
		ApiClient staff = ApiClient.as(mvc, accounts.create(Role.THERAPIST));
		staff.post(PATH, json(FIRM_CHRONIC.replace("'RELIEF'", "'FUN'"))).invalid("goal");
		staff.post(PATH, json(FIRM_CHRONIC.replace("'FIRM'", "'HARD'"))).invalid("pressurePreference");
		staff.post(PATH, json(FIRM_CHRONIC.replace("'REGULAR'", "true"))).invalid("experience");
		staff.post(PATH, json(FIRM_CHRONIC.replace("'NORMAL'", "'EXTREME'"))).invalid("sensitivity");
		staff.post(PATH, json(FIRM_CHRONIC.replace("120", "-1"))).invalid("painDurationDays");
		staff.post(PATH, json(FIRM_CHRONIC.replace("120", "1.5"))).invalid("painDurationDays");
		assertThat(staff.post(PATH, json(FIRM_CHRONIC.replace("[]", "['NO_DEEP_PRESSUR']"))).invalid("cautions")
			.message("cautions")).contains("NO_DEEP_PRESSUR");
		staff.post(PATH, json(FIRM_CHRONIC.replace("[]", "'NO_DEEP_PRESSURE'"))).invalid("cautions");
		staff.post(PATH, json(FIRM_CHRONIC.replace("'cautions'", "'clientId':4,'cautions'"))).invalid("clientId");
		staff.post(PATH, "{}").invalid("painDurationDays", "goal", "pressurePreference", "experience", "sensitivity");
		staff.post(PATH, "[]").problem(400);
		staff.post(PATH, "{not json").problem(400);
	}

	@Test
	void clientsAreForbiddenAndAnonymousCallersMustSignIn() throws Exception {
		ApiClient.as(mvc, accounts.create(Role.CLIENT)).post(PATH, json(FIRM_CHRONIC)).problem(403);
		MockHttpServletResponse anonymous = mvc.perform(post(PATH).contentType("application/json").content(json(FIRM_CHRONIC)))
			.andReturn()
			.getResponse();
		assertThat(anonymous.getStatus()).isEqualTo(401);
	}
}
