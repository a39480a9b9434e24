package org.fascia.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;

import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicTime;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.MutableClock;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Staff's screening page: the decision, a clearance recorded with its scanned reply, the gate, the letter. */
@FasciaIntegrationTest
class ScreeningPagesTest {

	static final MutableClock CLOCK = new MutableClock();

	@TestBean
	Clock clock;

	static Clock clock() {
		return CLOCK;
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientDirectory clients;

	@Autowired
	ScreeningRecords records;

	@Autowired
	ScreeningGate gate;

	@Autowired
	ClinicTime clinicTime;

	FasciaUser desk;

	long client;

	@BeforeEach
	void clientNeedingClearance() {
		accounts.ensureClinic();
		desk = accounts.principal(Role.FRONT_DESK);
		client = clients.create(null, "Rosa", "Lind", null, null);
		records.store(client, 5L, ScreeningKind.INTAKE, Results.needsClearance(), "2026-11", true, desk.id());
	}

	@AfterEach
	void reset() {
		CLOCK.reset();
	}

	@Test
	void thePageShowsTheDecisionCautionsFindingsAndHistory() throws Exception {
		records.store(client, null, ScreeningKind.HEALTH_CHANGE, Results.needsClearance(), "2026-11", false, null);
		String page = page();
		assertThat(page).contains("Needs a physician&#39;s clearance")
			.contains("LIGHT_PRESSURE_ONLY")
			.contains("Light pressure only.")
			.contains(Results.ANTICOAGULANT.title())
			.contains("Source: Walton")
			.contains("marked for clinical review")
			.contains("Health change")
			.contains("Intake")
			.contains("Download letter for the physician")
			.contains("/clients/" + client + "/screening/letter.pdf")
			.contains("href=\"/clients/" + client + "\"")
			.contains("Record a clearance received")
			.contains("No clearance recorded.")
			.contains("A treatment cannot be booked today.")
			.contains(clinicTime.dateTime(records.current(client).orElseThrow().createdAt()));
	}

	@Test
	void aClientWithoutAScreeningHasAnEmptyPage() throws Exception {
		long fresh = clients.create(null, "New", "Client", null, null);
		String page = mvc.perform(get("/clients/" + fresh + "/screening").with(user(desk))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("No screening yet").doesNotContain("Record a clearance received");
		assertThat(mvc.perform(get("/clients/999999/screening").with(user(desk))).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void recordingAClearanceWithItsReplyOpensTheGateUntilItExpires() throws Exception {
		LocalDate today = clinicTime.today();
		assertThat(gate.check(client, true, today).allowed()).isFalse();

		MockHttpServletResponse saved = mvc.perform(form(new MockMultipartFile("document", "reply.pdf",
				"application/pdf", ClearancesTest.PDF), "Dr Ana Rivera", today.toString(), today.plusDays(7).toString()))
			.andReturn().getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(saved.getRedirectedUrl()).isEqualTo("/clients/" + client + "/screening");
		assertThat(gate.check(client, true, today).allowed()).isTrue();

		String page = page();
		assertThat(page).contains("Dr Ana Rivera").contains("Valid").contains("reply.pdf")
			.contains("A treatment can be booked today: valid clearances cover every rule")
			.contains("anticoagulant-or-bleeding, recent-surgery");
		String link = page.replaceAll("(?s).*href=\"(/clients/" + client + "/screening/clearances/\\d+/document)\".*", "$1");
		MockHttpServletResponse document = mvc.perform(get(link).with(user(desk))).andReturn().getResponse();
		assertThat(document.getStatus()).isEqualTo(200);
		assertThat(document.getContentType()).isEqualTo("application/pdf");
		assertThat(document.getContentAsByteArray()).isEqualTo(ClearancesTest.PDF);
		assertThat(document.getHeader("Content-Disposition")).startsWith("attachment");

		// Eight days later the clearance has expired: the gate blocks treatments again.
		CLOCK.advance(Duration.ofDays(8));
		LocalDate later = clinicTime.today();
		assertThat(later).isAfter(today.plusDays(7));
		assertThat(gate.check(client, true, later).allowed()).isFalse();
		assertThat(page()).contains("Expired").contains("A treatment cannot be booked today.")
			.contains("the clearance on record has expired by then");
	}

	@Test
	void badInputGetsAPreciseMessageNeverAnError() throws Exception {
		LocalDate today = clinicTime.today();
		MockMultipartFile pdf = new MockMultipartFile("document", "reply.pdf", "application/pdf", ClearancesTest.PDF);
		assertThat(invalid(form(pdf, " ", today.toString(), ""))).contains("Enter the name of the physician");
		assertThat(invalid(form(pdf, "Dr R", today.toString(), today.minusDays(2).toString())))
			.contains("The expiry date must be after the clearance date");
		assertThat(invalid(form(pdf, "Dr R", "24/11/2026", "")))
			.contains("Enter the date as year-month-day");
		assertThat(invalid(form(new MockMultipartFile("document", "reply.pdf", "application/pdf",
				"<html>not a pdf</html>".getBytes()), "Dr R", today.toString(), "")))
			.contains("not a PDF, JPEG or PNG");
		byte[] big = Arrays.copyOf(ClearancesTest.PDF, 10 * 1024 * 1024 + 1);
		assertThat(invalid(form(new MockMultipartFile("document", "big.pdf", "application/pdf", big), "Dr R",
				today.toString(), ""))).contains("the limit is 10 MB");
		assertThat(invalid(mvc.perform(post("/clients/" + client + "/screening/clearances").with(user(desk))
			.with(csrf())
			.param("physicianName", "Dr R")
			.param("clearedOn", today.toString())).andReturn().getResponse())).contains("Attach the physician");
		// The typed values come back.
		assertThat(invalid(form(pdf, "Dr Kept Name", today.toString(), today.toString()))).contains("Dr Kept Name");
		// Over the container's limit: the form again with the message.
		assertThat(mvc.perform(get("/clients/" + client + "/screening?error=too-big").with(user(desk))).andReturn()
			.getResponse().getContentAsString()).contains("larger than 10 MB");
		assertThat(gate.check(client, true, today).allowed()).isFalse();
	}

	@Test
	void aWrongClearanceIsWithdrawnWithAReason() throws Exception {
		LocalDate today = clinicTime.today();
		mvc.perform(form(new MockMultipartFile("document", "reply.png", "image/png", ClearancesTest.PNG), "Dr Wrong",
				today.toString(), ""));
		assertThat(gate.check(client, true, today).allowed()).isTrue();
		String page = page();
		String action = page.replaceAll("(?s).*action=\"(/clients/" + client + "/screening/clearances/\\d+/withdraw)\".*",
				"$1");
		MockHttpServletResponse noReason = mvc.perform(post(action).with(user(desk)).with(csrf()).param("reason", " "))
			.andReturn().getResponse();
		assertThat(noReason.getStatus()).isEqualTo(302);
		assertThat(gate.check(client, true, today).allowed()).isTrue();
		mvc.perform(post(action).with(user(desk)).with(csrf()).param("reason", "Letter was for another patient"));
		assertThat(gate.check(client, true, today).allowed()).isFalse();
		assertThat(page()).contains("Withdrawn").contains("Letter was for another patient");
	}

	@Test
	void theLetterDownloadsAsAPdf() throws Exception {
		MockHttpServletResponse letter = mvc.perform(get("/clients/" + client + "/screening/letter.pdf")
			.param("treatment", "Swedish massage, light pressure")
			.with(user(desk))).andReturn().getResponse();
		assertThat(letter.getStatus()).isEqualTo(200);
		assertThat(letter.getContentType()).isEqualTo("application/pdf");
		String text = ClearanceLetterTest.text(letter.getContentAsByteArray());
		assertThat(text).contains("Rosa Lind").contains("Swedish massage, light pressure");
	}

	@Test
	void clientsAreNotAllowed() throws Exception {
		FasciaUser someone = accounts.principal(Role.CLIENT);
		assertThat(mvc.perform(get("/clients/" + client + "/screening").with(user(someone))).andReturn().getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(mvc.perform(get("/clients/" + client + "/screening/letter.pdf").with(user(someone))).andReturn()
			.getResponse().getStatus()).isEqualTo(403);
	}

	private MockMultipartHttpServletRequestBuilder form(MockMultipartFile file, String physician, String clearedOn,
			String expiresOn) {
		MockMultipartHttpServletRequestBuilder request = multipart("/clients/" + client + "/screening/clearances");
		request.file(file);
		request.with(user(desk)).with(csrf());
		request.param("physicianName", physician)
			.param("practice", "High Street Surgery")
			.param("clearedOn", clearedOn)
			.param("expiresOn", expiresOn)
			.param("restrictions", "No deep pressure on the legs");
		return request;
	}

	private String invalid(MockMultipartHttpServletRequestBuilder request) throws Exception {
		return invalid(mvc.perform(request).andReturn().getResponse());
	}

	private static String invalid(MockHttpServletResponse response) throws Exception {
		assertThat(response.getStatus()).isEqualTo(200);
		String page = response.getContentAsString();
		assertThat(page).contains("Nothing was saved");
		return page.replace("&#39;", "'");
	}

	private String page() throws Exception {
		MockHttpServletResponse response = mvc.perform(get("/clients/" + client + "/screening").with(user(desk)))
			.andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

}
