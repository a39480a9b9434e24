package org.fascia.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fascia.support.ApiClient.json;

import org.fascia.audit.AuditLog;
import org.fascia.identity.Role;
import org.fascia.support.ApiClient;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/** The instrument API: scores and changes for every staff role, precise 400s and 404s, the owner's import. */
@FasciaIntegrationTest
class InstrumentApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	InstrumentLibrary library;

	@Autowired
	AuditLog audit;

	@Test
	void everyStaffRoleScores() throws Exception {
		for (Role role : new Role[] { Role.OWNER, Role.THERAPIST, Role.FRONT_DESK }) {
			JsonNode body = ApiClient.as(mvc, accounts.create(role))
				.post("/api/v1/instruments/NPRS/score", json("{'answers':{'pain':7}}"))
				.expect(200)
				.body();
			assertThat(body.get("score").asInt()).isEqualTo(7);
			assertThat(body.has("band")).isFalse();
		}
	}

	@Test
	void scoresEachInstrument() throws Exception {
		ApiClient api = ApiClient.as(mvc, accounts.create(Role.THERAPIST));
		assertThat(api.post("/api/v1/instruments/peg/score", json("{'answers':{'pain':4,'enjoyment':4,'activity':5}}"))
			.expect(200).body().get("score").decimalValue()).isEqualByComparingTo("4.3");
		assertThat(api.post("/api/v1/instruments/PSFS/score",
				json("{'answers':{'activity1_name':'Gardening','activity1':3,'activity2_name':'Lifting','activity2':6}}"))
			.expect(200).body().get("score").decimalValue()).isEqualByComparingTo("4.5");
		StringBuilder rmdq = new StringBuilder("{'answers':{");
		for (int i = 1; i <= 24; i++) {
			rmdq.append(i > 1 ? "," : "").append("'q").append(i).append("':").append(i <= 9);
		}
		assertThat(api.post("/api/v1/instruments/RMDQ/score", json(rmdq + "}}")).expect(200).body().get("score").asInt())
			.isEqualTo(9);
		JsonNode odi = api
			.post("/api/v1/instruments/ODI/score",
					json("{'answers':{'s1':2,'s2':2,'s3':[1,2],'s4':2,'s5':2,'s6':2,'s7':2,'s8':1,'s9':1,'s10':null}}"))
			.expect(200).body();
		assertThat(odi.get("score").decimalValue()).isEqualByComparingTo("35.6");
		assertThat(odi.get("band").asString()).isEqualTo("moderate");
		JsonNode startBack = api.post("/api/v1/instruments/STARTBACK/score", json(
				"{'answers':{'q1':true,'q2':false,'q3':false,'q4':false,'q5':true,'q6':true,'q7':true,'q8':false,'q9':'extremely'}}"))
			.expect(200).body();
		assertThat(startBack.get("score").asInt()).isEqualTo(5);
		assertThat(startBack.get("subscale").asInt()).isEqualTo(4);
		assertThat(startBack.get("riskGroup").asString()).isEqualTo("high");
	}

	@Test
	void incompleteOrOutOfRangeAnswersAre400sNamingTheItem() throws Exception {
		ApiClient api = ApiClient.as(mvc, accounts.create(Role.FRONT_DESK));
		api.post("/api/v1/instruments/ODI/score", json("{'answers':{'s1':1,'s2':1,'s3':6,'s4':1,'s5':1,'s6':1,'s7':1,'s8':1}}"))
			.invalid("answers.s3");
		api.post("/api/v1/instruments/ODI/score", json("{'answers':{'s1':1,'s2':1,'s3':1,'s4':1,'s5':1,'s6':1,'s7':1}}"))
			.invalid("answers");
		assertThat(api.post("/api/v1/instruments/ODI/score", json("{'answers':{'s1':1}}")).invalid("answers").raw())
			.contains("not scored");
		api.post("/api/v1/instruments/PEG/score", json("{'answers':{'pain':4,'activity':5}}")).invalid("answers.enjoyment");
		api.post("/api/v1/instruments/NPRS/score", json("{'answers':{'pain':'seven'}}")).invalid("answers.pain");
		api.post("/api/v1/instruments/NPRS/score", json("{'answers':{'pain':11}}")).invalid("answers.pain");
		api.post("/api/v1/instruments/NPRS/score", json("{'answers':{'pain':3,'mood':1}}")).invalid("answers.mood");
		api.post("/api/v1/instruments/STARTBACK/score", json("{'answers':{'q1':true}}")).invalid("answers.q2");
		api.post("/api/v1/instruments/NPRS/score", json("{'pain':7}")).invalid("answers");
		api.post("/api/v1/instruments/NPRS/score", "").invalid("answers");
	}

	@Test
	void anUnknownInstrumentIs404() throws Exception {
		ApiClient api = ApiClient.as(mvc, accounts.create(Role.THERAPIST));
		api.post("/api/v1/instruments/PROMIS/score", json("{'answers':{}}")).problem(404);
		api.post("/api/v1/instruments/PROMIS/change", json("{'baseline':1,'current':2}")).problem(404);
	}

	@Test
	void changeAgainstBaseline() throws Exception {
		ApiClient api = ApiClient.as(mvc, accounts.create(Role.THERAPIST));
		JsonNode nprs = api.post("/api/v1/instruments/NPRS/change", json("{'baseline':7,'current':4}")).expect(200).body();
		assertThat(nprs.get("status").asString()).isEqualTo("IMPROVED");
		assertThat(nprs.get("absolute").asInt()).isEqualTo(-3);
		assertThat(nprs.get("relative").decimalValue()).isEqualByComparingTo("-42.9");
		assertThat(api.post("/api/v1/instruments/ODI/change", json("{'baseline':20.0,'current':30.0}")).expect(200).body()
			.get("status").asString()).isEqualTo("WORSE");
		assertThat(api.post("/api/v1/instruments/PSFS/change", json("{'baseline':3,'current':5,'activities':1}")).expect(200)
			.body().get("status").asString()).isEqualTo("NO_CHANGE");
		JsonNode zero = api.post("/api/v1/instruments/RMDQ/change", json("{'baseline':0,'current':0}")).expect(200).body();
		assertThat(zero.get("status").asString()).isEqualTo("NO_CHANGE");
		assertThat(zero.get("relative").isNull()).isTrue();
	}

	@Test
	void changeRefusesScoresOffTheScaleAndStartBack() throws Exception {
		ApiClient api = ApiClient.as(mvc, accounts.create(Role.FRONT_DESK));
		api.post("/api/v1/instruments/NPRS/change", json("{'baseline':7}")).invalid("current");
		api.post("/api/v1/instruments/NPRS/change", json("{'baseline':11,'current':2.5}")).invalid("baseline", "current");
		api.post("/api/v1/instruments/ODI/change", json("{'baseline':'40','current':101}")).invalid("baseline", "current");
		api.post("/api/v1/instruments/NPRS/change", json("{'baseline':7,'current':4,'activities':1}")).invalid("activities");
		api.post("/api/v1/instruments/PSFS/change", json("{'baseline':3,'current':5,'activities':4}")).invalid("activities");
		api.post("/api/v1/instruments/STARTBACK/change", json("{'baseline':5,'current':2}")).problem(422);
	}

	@Test
	void theOwnerImportsTheWordingAndTheDefinitionIsUsedAndAudited() throws Exception {
		ApiClient owner = ApiClient.as(mvc, accounts.create(Role.OWNER));
		String file = InstrumentDefinitionsTest.withText(InstrumentDefinitionsTest.file("rmdq.json")).toString();
		JsonNode body = owner.post("/api/v1/instruments", file).expect(201).body();
		assertThat(body.get("code").asString()).isEqualTo("RMDQ");
		assertThat(body.get("items")).hasSize(24);
		assertThat(library.definition(Instrument.RMDQ).withText()).isTrue();
		assertThat(library.definition(Instrument.RMDQ).items().get(0).text()).isEqualTo("Test wording of q1");
		assertThat(audit.forSubject("instrument", "RMDQ")).extracting(e -> e.action()).contains("INSTRUMENT_IMPORTED");
		owner.post("/api/v1/instruments", file).expect(201);
	}

	@Test
	void aWrongDefinitionIsRefusedNamingWhatIsWrongAndNothingIsStored() throws Exception {
		ApiClient owner = ApiClient.as(mvc, accounts.create(Role.OWNER));
		tools.jackson.databind.node.ObjectNode odi = InstrumentDefinitionsTest.withText(InstrumentDefinitionsTest.file("odi.json"));
		((tools.jackson.databind.node.ObjectNode) odi.get("item").get(2)).put("type", "boolean");
		owner.post("/api/v1/instruments", odi.toString()).invalid("item[2].type");
		owner.post("/api/v1/instruments", InstrumentDefinitionsTest.file("odi.json").replace("\"ODI\"", "\"OSW\""))
			.invalid("name");
		owner.post("/api/v1/instruments", "{oops").invalid("definition");
		assertThat(library.all().stream().filter(e -> e.instrument() == Instrument.ODI).findFirst().orElseThrow().imported())
			.isFalse();
		ApiClient therapist = ApiClient.as(mvc, accounts.create(Role.THERAPIST));
		therapist.post("/api/v1/instruments", odi.toString()).problem(403);
	}

}
