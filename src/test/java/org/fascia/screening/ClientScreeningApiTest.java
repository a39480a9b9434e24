package org.fascia.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fascia.support.ApiClient.json;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;

import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicTime;
import org.fascia.identity.Account;
import org.fascia.identity.Role;
import org.fascia.intake.IntakeResponses;
import org.fascia.support.ApiClient;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/clients/{id}/intake} (stored, screened, 201 with the result and ids; precise 400s and
 * nothing stored) and {@code GET /api/v1/clients/{id}/screening} (the current one with clearances and the
 * gate for today).
 */
@FasciaIntegrationTest
class ClientScreeningApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientDirectory clients;

	@Autowired
	IntakeResponses responses;

	@Autowired
	Clearances clearances;

	@Autowired
	ClinicTime clinicTime;

	@Autowired
	Screening screening;

	@Autowired
	JdbcClient jdbc;

	Account therapist;

	ApiClient staff;

	long client;

	@BeforeEach
	void staffAndClient() throws Exception {
		accounts.ensureClinic();
		therapist = accounts.create(Role.THERAPIST);
		staff = ApiClient.as(mvc, therapist);
		client = clients.create(null, "Noor", "Haddad", TestAccounts.unique("api-intake"), null);
	}

	static String intake(long client) {
		return "/api/v1/clients/" + client + "/intake";
	}

	static String screening(long client) {
		return "/api/v1/clients/" + client + "/screening";
	}

	@Test
	void anEmergencyIntakeIsStoredScreenedAndAnsweredWithTheResultAndIds() throws Exception {
		ApiClient.Response created = staff.post(intake(client), json("""
				{'answers':{'age':58,'sex':'male','bladder_change':true,'anticoagulant':true,'goals':'Walk the dog again',
				'startback_total':7,'startback_psychosocial':4,'fever':null}}""")).expect(201);
		JsonNode body = created.body();
		long responseId = body.get("id").asLong();
		long screeningId = body.get("screeningId").asLong();
		assertThat(created.location()).isEqualTo(screening(client));
		assertThat(body.get("decision").asString()).isEqualTo("EMERGENCY_REFERRAL");
		assertThat(body.get("referralAdvice").asString()).isEqualTo("EMERGENCY");
		assertThat(body.get("rulesVersion").asString()).isEqualTo(screening.rulesVersion());
		JsonNode first = body.get("findings").get(0);
		assertThat(first.get("rule").asString()).isEqualTo("cauda-equina");
		assertThat(first.get("title").asString()).isNotBlank();
		assertThat(first.get("decision").asString()).isEqualTo("EMERGENCY_REFERRAL");
		assertThat(first.get("source").asString()).contains("British Association of Spine Surgeons");
		assertThat(rules(body)).contains("clearance-anticoagulation-bleeding");
		assertThat(body.get("cautions").get(0).get("code").asString()).isNotBlank();
		assertThat(body.get("cautions").get(0).get("text").asString()).isNotBlank();
		assertThat(codes(body.get("cautions"))).contains("NO_DEEP_PRESSURE", "WITH_EXERCISE_AND_PSYCHOLOGICAL_SUPPORT");
		assertThat(body.get("review")).isEmpty();
		assertThat(body.get("reviewFlags")).isEmpty();

		// stored: an API-sourced response (the STarT Back scores kept outside the questionnaire) and its screening
		IntakeResponses.Summary summary = responses.summary(responseId).orElseThrow();
		assertThat(summary.source()).isEqualTo(IntakeResponses.Source.API);
		assertThat(summary.clientId()).isEqualTo(client);
		assertThat(responses.answers(responseId)).containsEntry("age", 58)
			.containsEntry("goals", "Walk the dog again")
			.containsEntry("startback_psychosocial", 4)
			.doesNotContainKey("fever");
		assertThat(jdbc.sql("select response_id from screening where id = :id").param("id", screeningId)
			.query(Long.class).single()).isEqualTo(responseId);

		JsonNode current = staff.get(screening(client)).expect(200).body();
		assertThat(current.get("id").asLong()).isEqualTo(screeningId);
		assertThat(current.get("responseId").asLong()).isEqualTo(responseId);
		assertThat(current.get("kind").asString()).isEqualTo("INTAKE");
		assertThat(current.get("decision").asString()).isEqualTo("EMERGENCY_REFERRAL");
		assertThat(current.get("createdAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
		assertThat(rules(current)).isEqualTo(rules(body));
		assertThat(current.get("treatmentAllowedToday").asBoolean()).isFalse();
		assertThat(current.get("reasons").get(0).asString()).contains("emergency");
		assertThat(current.get("clearances")).isEmpty();
	}

	@Test
	void badAnswersNameTheFieldAndNothingIsStored() throws Exception {
		ApiClient desk = ApiClient.as(mvc, accounts.create(Role.FRONT_DESK));
		assertThat(desk.post(intake(client), json("{'answers':{'agee':40}}")).invalid("answers.agee")
			.message("answers.agee")).contains("Did you mean \"age\"");
		assertThat(desk.post(intake(client), json("{'answers':{'goalz':'x'}}")).invalid("answers.goalz")
			.message("answers.goalz")).contains("Did you mean \"goals\"");
		assertThat(desk.post(intake(client), json("{'answers':{'night_pain':'yes'}}")).invalid("answers.night_pain")
			.message("answers.night_pain")).contains("true or false");
		assertThat(desk.post(intake(client), json("{'answers':{'age':300}}")).invalid("answers.age")
			.message("answers.age")).contains("from 0 to 120");
		desk.post(intake(client), json("{'answers':{'age':300,'sex':'maybe','pain_duration_days':-3,'nope':1}}"))
			.invalid("answers.age", "answers.sex", "answers.pain_duration_days", "answers.nope");
		desk.post(intake(client), json("{'answers':{'startback_total':10}}")).invalid("answers.startback_total");
		// questions screening does not read are checked by the intake questionnaire, named the same way
		desk.post(intake(client), json("{'answers':{'first_name':5}}")).invalid("answers.first_name");
		desk.post(intake(client), json("{'answers':{'pressure_preference':'brutal'}}"))
			.invalid("answers.pressure_preference");
		assertThat(desk.post(intake(client), "{\"answers\":{\"goals\":\"" + "x".repeat(2001) + "\"}}")
			.invalid("answers.goals").message("answers.goals")).contains("too long");
		// a screening code whose questionnaire range is narrower than screening's
		assertThat(desk.post(intake(client), json("{'answers':{'surgery_weeks_ago':100}}"))
			.invalid("answers.surgery_weeks_ago").message("answers.surgery_weeks_ago")).contains("52");
		desk.post(intake(client), "{}").invalid("answers");
		desk.post(intake(client), json("{'answers':[]}")).invalid("answers");
		desk.post(intake(client), json("{'answers':{},'kind':'INTAKE'}")).invalid("kind");
		desk.post(intake(client), "{not json").problem(400);

		assertThat(count("select count(*) from intake_response where client_id = :c")).isZero();
		assertThat(count("select count(*) from intake_answer a join intake_response r on r.id = a.response_id "
				+ "where r.client_id = :c")).isZero();
		assertThat(count("select count(*) from screening where client_id = :c")).isZero();
		desk.get(screening(client)).problem(404);
	}

	@Test
	void pregnancyForAClientWhoSaidMaleIsStoredAndListedForReview() throws Exception {
		JsonNode body = staff.post(intake(client), json("{'answers':{'sex':'male','pregnant_weeks':20}}"))
			.expect(201)
			.body();
		assertThat(body.get("decision").asString()).isEqualTo("PROCEED_WITH_CAUTIONS");
		assertThat(body.get("review")).hasSize(1);
		assertThat(body.get("review").get(0).get("codes").get(0).asString()).isEqualTo("sex");
		assertThat(body.get("review").get(0).get("codes").get(1).asString()).isEqualTo("pregnant_weeks");
		assertThat(body.get("review").get(0).get("message").asString()).contains("male");
		assertThat(body.get("reviewFlags").get(0).asString()).contains("pregnant_weeks", "male");
		assertThat(responses.summary(body.get("id").asLong()).orElseThrow().needsReview()).isTrue();
	}

	@Test
	void scriptInATextAnswerIsStoredAsTextAndShownEscaped() throws Exception {
		String script = "<script>alert('x')</script>";
		long responseId = staff.post(intake(client),
				"{\"answers\":{\"goals\":\"" + script.replace("'", "\\u0027") + "\",\"age\":40}}").expect(201).id();
		assertThat(responses.answers(responseId)).containsEntry("goals", script);
		String page = mvc.perform(get("/clients/" + client + "/intake/responses/" + responseId)
			.with(user(accounts.principal(Role.THERAPIST)))).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("&lt;script&gt;").doesNotContain(script);
	}

	@Test
	void aScoreOutsideTheQuestionnaireIsShownApartAndCarriedForwardByAHealthChange() throws Exception {
		long responseId = staff.post(intake(client), json("{'answers':{'age':45,'soreness_hours_last_session':72}}"))
			.expect(201)
			.id();
		assertThat(responses.view(responseId).steps()).last()
			.satisfies(step -> assertThat(step.answers()).extracting(IntakeResponses.AnswerLine::linkId)
				.containsExactly("soreness_hours_last_session"));
		java.util.Map<String, Object> changed = new java.util.HashMap<>();
		changed.put("fever", false);
		responses.recordHealthChange(client, 424242, true, changed, IntakeResponses.Source.STAFF_ENTERED, therapist.id());
		JsonNode current = staff.get(screening(client)).expect(200).body();
		assertThat(current.get("kind").asString()).isEqualTo("HEALTH_CHANGE");
		assertThat(codes(current.get("cautions"))).contains("REDUCE_INTENSITY");
	}

	@Test
	void theCurrentScreeningShowsTheClearancesValidTodayAndOpensTheGate() throws Exception {
		staff.post(intake(client), json("{'answers':{'age':61,'anticoagulant':true}}")).expect(201);
		JsonNode before = staff.get(screening(client)).expect(200).body();
		assertThat(before.get("decision").asString()).isEqualTo("NEEDS_CLEARANCE");
		assertThat(before.get("treatmentAllowedToday").asBoolean()).isFalse();
		assertThat(before.get("reasons")).isNotEmpty();

		var today = clinicTime.today();
		clearances.record(new NewClearance(client, "Dr Amara Osei", "Riverside Surgery", today.minusDays(2),
				"Light pressure only.", today.plusMonths(6),
				new NewClearance.Upload("reply.pdf", ClearancesTest.PDF.length, ClearancesTest.PDF)), therapist.id());
		JsonNode after = staff.get(screening(client)).expect(200).body();
		assertThat(after.get("treatmentAllowedToday").asBoolean()).isTrue();
		assertThat(after.get("reasons")).isEmpty();
		JsonNode clearance = after.get("clearances").get(0);
		assertThat(clearance.get("physicianName").asString()).isEqualTo("Dr Amara Osei");
		assertThat(clearance.get("expiresOn").asString()).isEqualTo(today.plusMonths(6).toString());
		assertThat(clearance.get("rules").get(0).asString()).isEqualTo("clearance-anticoagulation-bleeding");
	}

	@Test
	void unknownClientsAndClientsWithoutAScreeningAre404() throws Exception {
		staff.post(intake(999999), json("{'answers':{'age':40}}")).problem(404);
		staff.post(intake(999999), json("{'answers':{'age':400}}")).problem(404);
		staff.get(screening(999999)).problem(404);
		ApiClient.Response none = staff.get(screening(client)).problem(404);
		assertThat(none.body().get("detail").asString()).contains("no screening yet");
	}

	@Test
	void clientsAreForbiddenAndAnonymousCallersMustSignIn() throws Exception {
		ApiClient asClient = ApiClient.as(mvc, accounts.create(Role.CLIENT));
		asClient.post(intake(client), json("{'answers':{'fever':true}}")).problem(403);
		asClient.get(screening(client)).problem(403);
		MockHttpServletResponse anonymous = mvc
			.perform(post(intake(client)).contentType("application/json").content(json("{'answers':{'fever':true}}")))
			.andReturn()
			.getResponse();
		assertThat(anonymous.getStatus()).isEqualTo(401);
		assertThat(anonymous.getContentType()).startsWith("application/problem+json");
		assertThat(mvc.perform(get(screening(client))).andReturn().getResponse().getStatus()).isEqualTo(401);
		assertThat(count("select count(*) from intake_response where client_id = :c")).isZero();
	}

	private long count(String sql) {
		return jdbc.sql(sql).param("c", client).query(Long.class).single();
	}

	private static List<String> rules(JsonNode body) {
		List<String> rules = new ArrayList<>();
		body.get("findings").forEach(f -> rules.add(f.get("rule").asString()));
		return rules;
	}

	private static List<String> codes(JsonNode cautions) {
		List<String> codes = new ArrayList<>();
		cautions.forEach(c -> codes.add(c.get("code").asString()));
		return codes;
	}

}
