package org.fascia.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicTime;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.intake.IntakeResponses;
import org.fascia.intake.IntakeSubmitted;
import org.fascia.screening.Clearances;
import org.fascia.screening.NewClearance;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The client record opens with what the therapist must see before a session: the decision, the cautions,
 * the findings with their sources, the clearance, the intake (with its review flags) and consent.
 */
@FasciaIntegrationTest
class ClientRecordHealthTest {

	static final byte[] PDF = "%PDF-1.4\n% a scanned reply\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

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

	FasciaUser therapist;

	FasciaUser desk;

	long client;

	@BeforeEach
	void staffAndClient() {
		accounts.ensureClinic();
		therapist = accounts.principal(Role.THERAPIST);
		desk = accounts.principal(Role.FRONT_DESK);
		client = clients.create(null, "Tomas", "Berg", TestAccounts.unique("record"), null);
	}

	String page() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/clients/" + client).with(user(therapist)))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	@Test
	void withoutAnIntakeTheRecordSaysSoAndLinksToTheWizardAndConsent() throws Exception {
		String page = page();
		assertThat(page).contains("No health screening yet", "No intake submitted yet", "not signed yet",
				"/clients/" + client + "/intake\"", "/clients/" + client + "/consent\"",
				"/clients/" + client + "/screening\"");
	}

	@Test
	void cautionsAndFindingsWithTheirSourcesComeFirst() throws Exception {
		Map<String, Object> answers = new LinkedHashMap<>();
		answers.put("age", 47);
		answers.put("sex", "male");
		answers.put("leg_pain", "one_leg");
		answers.put("leg_pain_below_knee", true);
		answers.put("leg_pain_became_bilateral", false);
		answers.put("antiplatelet", true);
		answers.put("pain_onset_age", 52);
		answers.put("goals", "<script>alert('x')</script>");
		long response = responses.store(client, answers, IntakeResponses.Source.STAFF_ENTERED,
				IntakeSubmitted.Kind.INTAKE, null, desk.id());
		String page = page();
		int screening = page.indexOf("id=\"screening\"");
		int appointments = page.indexOf("<h2>Appointments</h2>");
		assertThat(screening).isPositive().isLessThan(appointments);
		assertThat(page).contains("Proceed with cautions", "Cautions for every session", "NO_SPINAL_MANIPULATION",
				"CES_SAFETY_NET", "MODERATE_PRESSURE_MAX", "Source: ", "NICE NG59");
		assertThat(page).contains("entered by staff from the paper form", desk.displayName(), "staff-entered",
				"/clients/" + client + "/intake/responses/" + response);
		// the pain began after the client's age: screened as given, shown to check
		assertThat(page).contains("Answers to check with the client", "The back pain began at 52");
		assertThat(page).doesNotContain("<script>alert");

		responses.recordHealthChange(client, 5150, true, Map.of("fever", false), IntakeResponses.Source.STAFF_ENTERED,
				desk.id());
		assertThat(page()).contains("Latest answers: health change before a visit");
	}

	@Test
	void pregnancyAnsweredByAClientWhoSaidMaleIsFlaggedForReview() throws Exception {
		responses.store(client, Map.of("sex", "male", "pregnant_weeks", 20), IntakeResponses.Source.API,
				IntakeSubmitted.Kind.INTAKE, null, therapist.id());
		String page = page();
		assertThat(page).contains("Flagged for review", "although sex is male", "sent by a program (API)",
				"Pregnancy answers for a client who gave their sex as male");
	}

	@Test
	void theClearanceShowsWhetherItIsValidAndUntilWhen() throws Exception {
		responses.store(client, Map.of("age", 66, "anticoagulant", true), IntakeResponses.Source.CLIENT,
				IntakeSubmitted.Kind.INTAKE, null, null);
		String before = page();
		assertThat(before).contains("Needs a physician", "None on record: treatment needs a physician",
				"A treatment cannot be booked or started today");
		var today = clinicTime.today();
		clearances.record(new NewClearance(client, "Dr Lee", null, today.minusDays(1), null, today.plusDays(90),
				new NewClearance.Upload("reply.pdf", PDF.length, PDF)), desk.id());
		String after = page();
		assertThat(after).contains("Valid until " + clinicTime.day(today.plusDays(90)), "Dr Lee",
				"a treatment can go ahead today").doesNotContain("A treatment cannot be booked");
	}

}
