package org.fascia.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fascia.support.ApiClient.json;

import org.fascia.audit.AuditLog;
import org.fascia.identity.Role;
import org.fascia.support.ApiClient;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET/PUT /api/v1/clinic}: partial changes, explicit nulls, ranges, zones, roles. */
@FasciaIntegrationTest
class ClinicApiTest {

	private static final String DEFAULTS = json("""
			{'name':'Test Clinic','timeZone':'Europe/London','slotStepMinutes':15,'minimumNoticeHours':12,
			 'bookingHorizonDays':60,'cancellationWindowHours':24,'reminderHours':24}""");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AuditLog audit;

	ApiClient owner;

	@BeforeEach
	void signIn() throws Exception {
		owner = ApiClient.as(mvc, accounts.create(Role.OWNER));
		owner.put("/api/v1/clinic", DEFAULTS).expect(200);
	}

	@AfterEach
	void restore() throws Exception {
		// The clinic is shared by every test in this context: leave it as TestAccounts made it.
		owner.put("/api/v1/clinic", DEFAULTS).expect(200);
	}

	@Test
	void staffReadTheSettings() throws Exception {
		for (Role role : new Role[] { Role.FRONT_DESK, Role.THERAPIST }) {
			ApiClient staff = ApiClient.as(mvc, accounts.create(role));
			ApiClient.Response clinic = staff.get("/api/v1/clinic").expect(200);
			assertThat(clinic.body().get("name").asString()).isEqualTo("Test Clinic");
			assertThat(clinic.body().get("timeZone").asString()).isEqualTo("Europe/London");
			assertThat(clinic.body().get("slotStepMinutes").asInt()).isEqualTo(15);
			assertThat(clinic.body().get("reminderHours").asInt()).isEqualTo(24);
		}
	}

	@Test
	void aPutChangesOnlyTheFieldsItSends() throws Exception {
		ApiClient.Response changed = owner
			.put("/api/v1/clinic", json("{'slotStepMinutes':30,'timeZone':'America/New_York','name':'  Back Studio '}"))
			.expect(200);
		assertThat(changed.body().get("slotStepMinutes").asInt()).isEqualTo(30);
		assertThat(changed.body().get("timeZone").asString()).isEqualTo("America/New_York");
		assertThat(changed.body().get("name").asString()).isEqualTo("Back Studio");
		assertThat(changed.body().get("minimumNoticeHours").asInt()).isEqualTo(12);
		assertThat(changed.body().get("bookingHorizonDays").asInt()).isEqualTo(60);

		owner.put("/api/v1/clinic", "{}").expect(200);
		assertThat(owner.get("/api/v1/clinic").body().get("slotStepMinutes").asInt()).isEqualTo(30);
		assertThat(audit.page(0, 5)).extracting(e -> e.action()).contains("CLINIC_SETTINGS_CHANGED");
	}

	@Test
	void anExplicitNullIsRefusedNamingTheField() throws Exception {
		ApiClient.Response refused = owner.put("/api/v1/clinic", json("{'reminderHours':null}")).invalid("reminderHours");
		assertThat(refused.message("reminderHours")).contains("cannot be null");
		assertThat(owner.get("/api/v1/clinic").body().get("reminderHours").asInt()).isEqualTo(24);
	}

	@Test
	void outOfRangeValuesAreRefusedTogetherAndNothingIsWritten() throws Exception {
		owner.put("/api/v1/clinic", json("""
				{'name':'Changed','slotStepMinutes':250,'minimumNoticeHours':-1,'bookingHorizonDays':0,
				 'cancellationWindowHours':169,'reminderHours':0}"""))
			.invalid("slotStepMinutes", "minimumNoticeHours", "bookingHorizonDays", "cancellationWindowHours",
					"reminderHours");
		owner.put("/api/v1/clinic", json("{'slotStepMinutes':7}")).invalid("slotStepMinutes");
		owner.put("/api/v1/clinic", json("{'slotStepMinutes':4}")).invalid("slotStepMinutes");
		owner.put("/api/v1/clinic", json("{'name':'   '}")).invalid("name");
		owner.put("/api/v1/clinic", json("{'timeZone':'Mars/Olympus'}")).invalid("timeZone");
		owner.put("/api/v1/clinic", json("{'minimumNoticeHours':168,'bookingHorizonDays':7}"))
			.invalid("minimumNoticeHours");
		assertThat(owner.get("/api/v1/clinic").body().get("name").asString()).isEqualTo("Test Clinic");
		assertThat(owner.put("/api/v1/clinic", json("{'slotStepMinutes':45}")).expect(200).body()
			.get("slotStepMinutes").asInt()).isEqualTo(45);
	}

	@Test
	void wrongTypesAndBrokenJsonAreRefusedNamingTheField() throws Exception {
		owner.put("/api/v1/clinic", json("{'slotStepMinutes':'fifteen'}")).invalid("slotStepMinutes");
		owner.put("/api/v1/clinic", json("{'slotStepMinutes':15.5}")).invalid("slotStepMinutes");
		owner.put("/api/v1/clinic", json("{'name':['a']}")).invalid("name");
		owner.put("/api/v1/clinic", "{not json").problem(400);
	}

	@Test
	void onlyTheOwnerChangesTheSettings() throws Exception {
		for (Role role : new Role[] { Role.FRONT_DESK, Role.THERAPIST }) {
			ApiClient staff = ApiClient.as(mvc, accounts.create(role));
			staff.put("/api/v1/clinic", json("{'name':'Taken over'}")).problem(403);
		}
		ApiClient client = ApiClient.as(mvc, accounts.create(Role.CLIENT));
		client.get("/api/v1/clinic").problem(403);
		assertThat(owner.get("/api/v1/clinic").body().get("name").asString()).isEqualTo("Test Clinic");
	}

}
