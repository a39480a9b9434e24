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

/** {@code /api/v1/rooms}: add to the first location, rename, retire; bad input and roles. */
@FasciaIntegrationTest
class RoomApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	ApiClient owner;

	@BeforeEach
	void signIn() throws Exception {
		owner = ApiClient.as(mvc, accounts.create(Role.OWNER));
	}

	@Test
	void theOwnerAddsRenamesAndRetiresARoom() throws Exception {
		ApiClient.Response created = owner.post("/api/v1/rooms", json("{'name':' Garden room '}")).expect(201);
		long id = created.id();
		assertThat(created.location()).isEqualTo("/api/v1/rooms/" + id);
		assertThat(created.body().get("name").asString()).isEqualTo("Garden room");
		assertThat(created.body().get("active").asBoolean()).isTrue();
		assertThat(created.body().get("locationId").asLong()).isPositive();

		ApiClient.Response renamed = owner.put("/api/v1/rooms/" + id, json("{'name':'Studio'}")).expect(200);
		assertThat(renamed.body().get("name").asString()).isEqualTo("Studio");
		assertThat(renamed.body().get("active").asBoolean()).isTrue();
		ApiClient.Response retired = owner.put("/api/v1/rooms/" + id, json("{'active':false}")).expect(200);
		assertThat(retired.body().get("name").asString()).isEqualTo("Studio");
		assertThat(retired.body().get("active").asBoolean()).isFalse();

		ApiClient frontDesk = ApiClient.as(mvc, accounts.create(Role.FRONT_DESK));
		assertThat(frontDesk.get("/api/v1/rooms").expect(200).raw()).contains("\"Studio\"");
		assertThat(frontDesk.get("/api/v1/rooms/" + id).expect(200).body().get("active").asBoolean()).isFalse();
	}

	@Test
	void badInputIsRefusedNamingTheField() throws Exception {
		owner.post("/api/v1/rooms", "{}").invalid("name");
		owner.post("/api/v1/rooms", json("{'name':'   '}")).invalid("name");
		owner.post("/api/v1/rooms", json("{'name':'" + "x".repeat(101) + "'}")).invalid("name");
		assertThat(owner.post("/api/v1/rooms", json("{'name':'Annex','locationId':999999}")).invalid("locationId")
			.message("locationId")).isEqualTo("There is no location with id 999999.");
		owner.post("/api/v1/rooms", json("{'name':'Annex','locationId':'first'}")).invalid("locationId");
		owner.post("/api/v1/rooms", "[").problem(400);
		long id = owner.post("/api/v1/rooms", json("{'name':'Room 9'}")).expect(201).id();
		owner.put("/api/v1/rooms/" + id, json("{'active':null}")).invalid("active");
		owner.put("/api/v1/rooms/" + id, json("{'active':'maybe'}")).invalid("active");
		owner.put("/api/v1/rooms/" + id, json("{'name':''}")).invalid("name");
		assertThat(owner.get("/api/v1/rooms/" + id).body().get("name").asString()).isEqualTo("Room 9");
	}

	@Test
	void unknownRoomsAreNotFound() throws Exception {
		assertThat(owner.get("/api/v1/rooms/999999").problem(404).body().get("detail").asString())
			.isEqualTo("There is no room with id 999999.");
		owner.put("/api/v1/rooms/999999", json("{'name':'Ghost'}")).problem(404);
		owner.get("/api/v1/rooms/abc").invalid("id");
	}

	@Test
	void onlyTheOwnerChangesRooms() throws Exception {
		long id = owner.post("/api/v1/rooms", json("{'name':'Room 5'}")).expect(201).id();
		for (Role role : new Role[] { Role.FRONT_DESK, Role.THERAPIST }) {
			ApiClient staff = ApiClient.as(mvc, accounts.create(role));
			staff.post("/api/v1/rooms", json("{'name':'Mine'}")).problem(403);
			staff.put("/api/v1/rooms/" + id, json("{'active':false}")).problem(403);
		}
		ApiClient.as(mvc, accounts.create(Role.CLIENT)).get("/api/v1/rooms").problem(403);
		assertThat(owner.get("/api/v1/rooms/" + id).body().get("active").asBoolean()).isTrue();
	}

}
