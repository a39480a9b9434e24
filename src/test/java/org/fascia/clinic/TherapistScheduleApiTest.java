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

/** A therapist's weekly hours, dated exceptions and services, over the API. */
@FasciaIntegrationTest
class TherapistScheduleApiTest {

	private static final String SPLIT_WEEK = json("""
			[{'dayOfWeek':'MONDAY','start':'14:00','end':'18:00'},
			 {'dayOfWeek':'MONDAY','start':'09:00','end':'13:00'},
			 {'dayOfWeek':'WEDNESDAY','start':'10:00','end':'16:30'}]""");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClinicCatalog catalog;

	ApiClient owner;

	long therapist;

	String base;

	@BeforeEach
	void signIn() throws Exception {
		owner = ApiClient.as(mvc, accounts.create(Role.OWNER));
		therapist = catalog.addTherapist(accounts.create(Role.THERAPIST).id(), "Maya Chen", null);
		base = "/api/v1/therapists/" + therapist;
	}

	@Test
	void theWeekIsReplacedWithSeveralIntervalsADay() throws Exception {
		ApiClient.Response stored = owner.put(base + "/working-hours", SPLIT_WEEK).expect(200);
		assertThat(stored.raw()).isEqualTo(json("""
				[{'dayOfWeek':'MONDAY','start':'09:00','end':'13:00'},\
				{'dayOfWeek':'MONDAY','start':'14:00','end':'18:00'},\
				{'dayOfWeek':'WEDNESDAY','start':'10:00','end':'16:30'}]"""));
		assertThat(owner.get(base + "/working-hours").expect(200).raw()).isEqualTo(stored.raw());
		assertThat(owner.get(base).body().get("workingHours")).hasSize(3);
		// Touching intervals are fine; an empty list clears the week.
		owner.put(base + "/working-hours", json("""
				[{'dayOfWeek':'FRIDAY','start':'09:00','end':'12:00'},{'dayOfWeek':'FRIDAY','start':'12:00','end':'15:00'}]"""))
			.expect(200);
		assertThat(owner.put(base + "/working-hours", "[]").expect(200).body()).isEmpty();
	}

	@Test
	void badHoursAreRefusedNamingTheItemAndTheOldWeekStays() throws Exception {
		owner.put(base + "/working-hours", SPLIT_WEEK).expect(200);
		ApiClient.Response overlap = owner.put(base + "/working-hours", json("""
				[{'dayOfWeek':'MONDAY','start':'09:00','end':'13:00'},
				 {'dayOfWeek':'TUESDAY','start':'12:00','end':'18:00'},
				 {'dayOfWeek':'MONDAY','start':'12:30','end':'17:00'}]""")).invalid("[2].start");
		assertThat(overlap.message("[2].start")).contains("09:00–13:00").contains("Monday");
		owner.put(base + "/working-hours", json("[{'dayOfWeek':'MONDAY','start':'13:00','end':'09:00'}]"))
			.invalid("[0].end");
		owner.put(base + "/working-hours", json("[{'dayOfWeek':'MONDAY','start':'09:00'}]")).invalid("[0].end");
		owner.put(base + "/working-hours", json("[{'dayOfWeek':'FUNDAY','start':'09:00','end':'10:00'}]"))
			.invalid("[0].dayOfWeek");
		owner.put(base + "/working-hours", json("""
				[{'dayOfWeek':'MONDAY','start':'09:00','end':'10:00'},{'dayOfWeek':'MONDAY','start':'25:00','end':'26:00'}]"""))
			.invalid("[1].start");
		owner.put(base + "/working-hours", json("[{'dayOfWeek':'MONDAY','start':'09:00:30','end':'10:00'}]"))
			.invalid("[0].start");
		owner.put(base + "/working-hours", "[null]").invalid("[0]");
		owner.put(base + "/working-hours", json("{'dayOfWeek':'MONDAY'}")).problem(400);
		assertThat(owner.get(base + "/working-hours").body()).hasSize(3);
	}

	@Test
	void exceptionsAreAddedListedAndRemoved() throws Exception {
		ApiClient.Response dayOff = owner.post(base + "/exceptions",
				json("{'date':'2026-12-24','kind':'TIME_OFF','note':'Christmas Eve'}")).expect(201);
		long id = dayOff.id();
		assertThat(dayOff.location()).isEqualTo(base + "/exceptions/" + id);
		assertThat(dayOff.body().get("start").isNull()).isTrue();
		ApiClient.Response extra = owner.post(base + "/exceptions",
				json("{'date':'2026-12-19','kind':'EXTRA_HOURS','start':'10:00','end':'14:00'}")).expect(201);
		assertThat(extra.body().get("start").asString()).isEqualTo("10:00");
		owner.post(base + "/exceptions", json("{'date':'2026-12-28','kind':'TIME_OFF','start':'09:00','end':'12:00'}"))
			.expect(201);

		ApiClient frontDesk = ApiClient.as(mvc, accounts.create(Role.FRONT_DESK));
		ApiClient.Response all = frontDesk.get(base + "/exceptions").expect(200);
		assertThat(all.body()).hasSize(3);
		assertThat(all.body().get(0).get("date").asString()).isEqualTo("2026-12-19");
		assertThat(frontDesk.get(base + "/exceptions?from=2026-12-20").body()).hasSize(2);
		assertThat(frontDesk.get(base + "/exceptions/" + id).expect(200).body().get("note").asString())
			.isEqualTo("Christmas Eve");
		frontDesk.get(base + "/exceptions?from=christmas").invalid("from");
		frontDesk.delete(base + "/exceptions/" + id).problem(403);

		owner.delete(base + "/exceptions/" + id).expect(204);
		owner.delete(base + "/exceptions/" + id).problem(404);
		assertThat(owner.get(base + "/exceptions/" + id).problem(404).body().get("detail").asString())
			.endsWith(" has no exception with id " + id + ".");
		assertThat(owner.get(base + "/exceptions").body()).hasSize(2);
	}

	@Test
	void badExceptionsAreRefusedNamingTheField() throws Exception {
		owner.post(base + "/exceptions", "{}").invalid("date", "kind");
		owner.post(base + "/exceptions", json("{'date':'2026-02-30','kind':'TIME_OFF'}")).invalid("date");
		owner.post(base + "/exceptions", json("{'date':'2026-12-24','kind':'HOLIDAY'}")).invalid("kind");
		owner.post(base + "/exceptions", json("{'date':'2026-12-24','kind':'EXTRA_HOURS'}")).invalid("start");
		owner.post(base + "/exceptions", json("{'date':'2026-12-24','kind':'TIME_OFF','start':'09:00'}")).invalid("end");
		owner.post(base + "/exceptions", json("{'date':'2026-12-24','kind':'TIME_OFF','end':'09:00'}")).invalid("start");
		owner.post(base + "/exceptions", json("{'date':'2026-12-24','kind':'TIME_OFF','start':'12:00','end':'09:00'}"))
			.invalid("end");
		owner.post(base + "/exceptions", json("{'date':'2026-12-24','kind':'TIME_OFF','start':'9am'}")).invalid("start");
		assertThat(owner.get(base + "/exceptions").body()).isEmpty();
	}

	@Test
	void theServicesATherapistOffersAreReplaced() throws Exception {
		long deep = catalog.addService(new NewService("Deep tissue", null, 60, 15, 7500, ServiceKind.TREATMENT, true, null));
		long swedish = catalog.addService(new NewService("Swedish", null, 60, 15, 6500, ServiceKind.TREATMENT, true, null));
		assertThat(owner.put(base + "/services", "[%d,%d,%d]".formatted(swedish, deep, deep)).expect(200).raw())
			.isEqualTo("[%d,%d]".formatted(deep, swedish));
		assertThat(owner.get(base).body().get("serviceIds")).hasSize(2);
		owner.put(base + "/services", "[%d,999999]".formatted(deep)).invalid("[1]");
		owner.put(base + "/services", "[%d,null]".formatted(deep)).invalid("[1]");
		owner.put(base + "/services", "[\"deep\"]").invalid("[0]");
		assertThat(owner.get(base + "/services").expect(200).body()).hasSize(2);
		ApiClient.as(mvc, accounts.create(Role.THERAPIST)).put(base + "/services", "[]").problem(403);
	}

	@Test
	void anUnknownTherapistIsNotFoundEverywhere() throws Exception {
		String ghost = "/api/v1/therapists/999999";
		owner.put(ghost + "/working-hours", SPLIT_WEEK).problem(404);
		owner.get(ghost + "/working-hours").problem(404);
		owner.get(ghost + "/exceptions").problem(404);
		owner.post(ghost + "/exceptions", json("{'date':'2026-12-24','kind':'TIME_OFF'}")).problem(404);
		owner.delete(ghost + "/exceptions/1").problem(404);
		owner.put(ghost + "/services", "[]").problem(404);
		// An exception of another therapist is not this one's.
		long other = catalog.addTherapist(accounts.create(Role.THERAPIST).id(), "Tom", null);
		long theirs = owner.post("/api/v1/therapists/" + other + "/exceptions", json("{'date':'2026-12-24','kind':'TIME_OFF'}"))
			.expect(201).id();
		owner.delete(base + "/exceptions/" + theirs).problem(404);
		owner.get("/api/v1/therapists/" + other + "/exceptions/" + theirs).expect(200);
	}

	@Test
	void onlyTheOwnerChangesHours() throws Exception {
		ApiClient therapistApi = ApiClient.as(mvc, accounts.create(Role.THERAPIST));
		therapistApi.put(base + "/working-hours", SPLIT_WEEK).problem(403);
		therapistApi.post(base + "/exceptions", json("{'date':'2026-12-24','kind':'TIME_OFF'}")).problem(403);
		assertThat(therapistApi.get(base + "/working-hours").expect(200).body()).isEmpty();
	}


}
