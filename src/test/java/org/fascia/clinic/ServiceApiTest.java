package org.fascia.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fascia.support.ApiClient.json;

import org.fascia.identity.Role;
import org.fascia.support.ApiClient;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** {@code /api/v1/services}: the menu with durations, buffers, prices and who offers what. */
@FasciaIntegrationTest
class ServiceApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClinicCatalog catalog;

	ApiClient owner;

	@BeforeEach
	void signIn() throws Exception {
		owner = ApiClient.as(mvc, accounts.create(Role.OWNER));
	}

	private long therapist() {
		return catalog.addTherapist(accounts.create(Role.THERAPIST).id(), "Test Therapist", null);
	}

	@Test
	void theOwnerAddsAServiceWithDefaultsAndChangesPartsOfIt() throws Exception {
		long maya = therapist();
		long tom = therapist();
		ApiClient.Response created = owner.post("/api/v1/services", json("""
				{'name':'Deep tissue (60 min)','description':'Slow, firm work.','durationMinutes':60,
				 'priceCents':7500,'kind':'TREATMENT','therapistIds':[%d]}""".formatted(maya))).expect(201);
		long id = created.id();
		assertThat(created.location()).isEqualTo("/api/v1/services/" + id);
		assertThat(created.body().get("bufferMinutes").asInt()).isZero();
		assertThat(created.body().get("bookableOnline").asBoolean()).isTrue();
		assertThat(created.body().get("active").asBoolean()).isTrue();
		assertThat(created.body().get("therapistIds").get(0).asLong()).isEqualTo(maya);
		assertThat(created.body().has("price")).as("only the record's fields are serialised").isFalse();

		ApiClient.Response changed = owner.put("/api/v1/services/" + id, json("""
				{'bufferMinutes':15,'priceCents':8000,'bookableOnline':false,'therapistIds':[%d,%d],'description':''}"""
			.formatted(tom, maya))).expect(200);
		assertThat(changed.body().get("name").asString()).isEqualTo("Deep tissue (60 min)");
		assertThat(changed.body().get("durationMinutes").asInt()).isEqualTo(60);
		assertThat(changed.body().get("bufferMinutes").asInt()).isEqualTo(15);
		assertThat(changed.body().get("priceCents").asInt()).isEqualTo(8000);
		assertThat(changed.body().get("bookableOnline").asBoolean()).isFalse();
		assertThat(changed.body().get("description").isNull()).isTrue();
		assertThat(changed.body().get("therapistIds")).hasSize(2);

		ApiClient therapistApi = ApiClient.as(mvc, accounts.create(Role.THERAPIST));
		assertThat(therapistApi.get("/api/v1/services/" + id).expect(200).body().get("kind").asString())
			.isEqualTo("TREATMENT");
		assertThat(therapistApi.get("/api/v1/services").expect(200).raw()).contains("Deep tissue (60 min)");
	}

	@Test
	void badInputIsRefusedNamingEveryFieldAndNothingIsWritten() throws Exception {
		int before = owner.get("/api/v1/services").body().size();
		owner.post("/api/v1/services", "{}").invalid("name", "durationMinutes", "priceCents", "kind");
		owner.post("/api/v1/services", json("""
				{'name':'X','durationMinutes':4,'bufferMinutes':241,'priceCents':-1,'kind':'TREATMENT'}"""))
			.invalid("durationMinutes", "bufferMinutes", "priceCents");
		owner.post("/api/v1/services", json("{'name':'X','durationMinutes':481,'priceCents':0,'kind':'TREATMENT'}"))
			.invalid("durationMinutes");
		owner.post("/api/v1/services", json("{'name':'X','durationMinutes':60,'priceCents':0,'kind':'MASSAGE'}"))
			.invalid("kind");
		owner.post("/api/v1/services", json("{'name':'X','durationMinutes':'an hour','priceCents':0,'kind':'TREATMENT'}"))
			.invalid("durationMinutes");
		assertThat(owner.post("/api/v1/services", json("""
				{'name':'X','durationMinutes':60,'priceCents':0,'kind':'TREATMENT','therapistIds':[999999]}"""))
			.invalid("therapistIds[0]").message("therapistIds[0]")).isEqualTo("There is no therapist with id 999999.");
		owner.post("/api/v1/services", json("""
				{'name':'X','durationMinutes':60,'priceCents':0,'kind':'TREATMENT','therapistIds':[%d,null]}"""
			.formatted(therapist()))).invalid("therapistIds[1]");
		assertThat(owner.get("/api/v1/services").body().size()).isEqualTo(before);

		long id = owner.post("/api/v1/services", json("{'name':'Swedish','durationMinutes':60,'priceCents':6500,'kind':'TREATMENT'}"))
			.expect(201).id();
		owner.put("/api/v1/services/" + id, json("{'kind':null}")).invalid("kind");
		owner.put("/api/v1/services/" + id, json("{'durationMinutes':500,'priceCents':100}")).invalid("durationMinutes");
		owner.put("/api/v1/services/" + id, json("{'therapistIds':[999999]}")).invalid("therapistIds[0]");
		assertThat(owner.get("/api/v1/services/" + id).body().get("priceCents").asInt()).isEqualTo(6500);
	}

	@Test
	void unknownServicesAreNotFoundAndOnlyTheOwnerChangesThem() throws Exception {
		assertThat(owner.get("/api/v1/services/999999").problem(404).body().get("detail").asString())
			.isEqualTo("There is no service with id 999999.");
		owner.put("/api/v1/services/999999", json("{'name':'Ghost'}")).problem(404);
		long id = owner.post("/api/v1/services", json("{'name':'Consultation','durationMinutes':15,'priceCents':0,'kind':'CONSULTATION'}"))
			.expect(201).id();
		for (Role role : new Role[] { Role.FRONT_DESK, Role.THERAPIST }) {
			ApiClient staff = ApiClient.as(mvc, accounts.create(role));
			staff.put("/api/v1/services/" + id, json("{'priceCents':1}")).problem(403);
			staff.post("/api/v1/services", json("{'name':'Mine','durationMinutes':15,'priceCents':0,'kind':'CONSULTATION'}"))
				.problem(403);
		}
		ApiClient.as(mvc, accounts.create(Role.CLIENT)).get("/api/v1/services").problem(403);
		assertThat(owner.get("/api/v1/services/" + id).body().get("priceCents").asInt()).isZero();
	}

}
