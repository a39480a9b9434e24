package org.fascia.screening;

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

/** {@code POST /api/v1/screening/evaluate}: result shape, precise 400s, staff only. */
@FasciaIntegrationTest
class ScreeningApiTest {

	private static final String PATH = "/api/v1/screening/evaluate";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Screening screening;

	@Test
	void anEmergencyAnswerComesBackWithEveryFindingAndCaution() throws Exception {
		ApiClient therapist = ApiClient.as(mvc, accounts.create(Role.THERAPIST));
		JsonNode body = therapist
			.post(PATH, json("{'answers':{'bladder_change':true,'anticoagulant':true,'age':58,'sex':'male','fever':null}}"))
			.expect(200)
			.body();
		assertThat(body.get("decision").asString()).isEqualTo("EMERGENCY_REFERRAL");
		assertThat(body.get("referralAdvice").asString()).isEqualTo("EMERGENCY");
		assertThat(body.get("rulesVersion").asString()).isEqualTo(screening.rulesVersion());
		JsonNode first = body.get("findings").get(0);
		assertThat(first.get("rule").asString()).isEqualTo("cauda-equina");
		assertThat(first.get("title").asString()).isEqualTo("Suspected cauda equina syndrome");
		assertThat(first.get("decision").asString()).isEqualTo("EMERGENCY_REFERRAL");
		assertThat(first.get("source").asString()).contains("British Association of Spine Surgeons");
		assertThat(first.get("plain").asString()).startsWith("You told us");
		assertThat(first.get("clinicalReview").asBoolean()).isFalse();
		assertThat(body.get("findings")).hasSize(3);
		assertThat(body.get("findings").get(1).get("rule").asString()).isEqualTo("clearance-anticoagulation-bleeding");
		JsonNode caution = body.get("cautions").get(0);
		assertThat(caution.get("code").asString()).isEqualTo("NO_DEEP_PRESSURE");
		assertThat(caution.get("text").asString()).isNotBlank();
		assertThat(body.get("cautions")).hasSize(2);
	}

	@Test
	void everyStaffRoleMayEvaluateAndNoAnswersMeanProceed() throws Exception {
		for (Role role : new Role[] { Role.OWNER, Role.FRONT_DESK }) {
			JsonNode body = ApiClient.as(mvc, accounts.create(role)).post(PATH, json("{'answers':{}}")).expect(200).body();
			assertThat(body.get("decision").asString()).isEqualTo("PROCEED");
			assertThat(body.get("referralAdvice").asString()).isEqualTo("NONE");
			assertThat(body.get("cautions")).isEmpty();
			assertThat(body.get("findings")).isEmpty();
		}
	}

	@Test
	void contradictoryAnswersAreScreenedAsGivenAndListedForReview() throws Exception {
		ApiClient therapist = ApiClient.as(mvc, accounts.create(Role.THERAPIST));
		JsonNode body = therapist.post(PATH, json("{'answers':{'sex':'male','pregnant_weeks':20}}")).expect(200).body();
		assertThat(body.get("decision").asString()).isEqualTo("PROCEED_WITH_CAUTIONS");
		assertThat(body.get("review")).hasSize(1);
		assertThat(body.get("review").get(0).get("codes").get(1).asString()).isEqualTo("pregnant_weeks");
		assertThat(therapist.post(PATH, json("{'answers':{}}")).body().get("review")).isEmpty();
	}

	@Test
	void badAnswersAreRefusedNamingTheField() throws Exception {
		ApiClient staff = ApiClient.as(mvc, accounts.create(Role.FRONT_DESK));
		ApiClient.Response unknown = staff.post(PATH, json("{'answers':{'agee':40}}")).invalid("answers.agee");
		assertThat(unknown.message("answers.agee")).contains("Did you mean \"age\"");
		assertThat(staff.post(PATH, json("{'answers':{'night_pain':'yes'}}")).invalid("answers.night_pain")
			.message("answers.night_pain")).contains("true or false");
		assertThat(staff.post(PATH, json("{'answers':{'age':3.5}}")).invalid("answers.age").message("answers.age"))
			.contains("whole number");
		assertThat(staff.post(PATH, json("{'answers':{'sex':'maybe'}}")).invalid("answers.sex").message("answers.sex"))
			.contains("female, male, other");
		assertThat(staff.post(PATH, json("{'answers':{'age':300}}")).invalid("answers.age").message("answers.age"))
			.contains("from 0 to 120");
		staff.post(PATH, json("{'answers':{'dvt_history_weeks':-1,'age':300}}"))
			.invalid("answers.dvt_history_weeks", "answers.age");
	}

	@Test
	void aBodyWithoutAnAnswersObjectIsRefused() throws Exception {
		ApiClient staff = ApiClient.as(mvc, accounts.create(Role.THERAPIST));
		staff.post(PATH, "{}").invalid("answers");
		staff.post(PATH, json("{'answers':null}")).invalid("answers");
		staff.post(PATH, json("{'answers':[]}")).invalid("answers");
		staff.post(PATH, json("{'answers':'fever'}")).invalid("answers");
		staff.post(PATH, "[]").invalid("answers");
		staff.post(PATH, json("{'answers':{},'clientId':4}")).invalid("clientId");
		staff.post(PATH, "{not json").problem(400);
		staff.post(PATH, "").problem(400);
	}

	@Test
	void clientsAreForbiddenAndAnonymousCallersMustSignIn() throws Exception {
		ApiClient client = ApiClient.as(mvc, accounts.create(Role.CLIENT));
		client.post(PATH, json("{'answers':{'fever':true}}")).problem(403);
		MockHttpServletResponse anonymous = mvc
			.perform(post(PATH).contentType("application/json").content(json("{'answers':{'fever':true}}")))
			.andReturn()
			.getResponse();
		assertThat(anonymous.getStatus()).isEqualTo(401);
		assertThat(anonymous.getContentType()).startsWith("application/problem+json");
	}

}
