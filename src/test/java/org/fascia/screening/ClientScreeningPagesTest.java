package org.fascia.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.fascia.clients.ClientAccounts;
import org.fascia.clients.ClientDirectory;
import org.fascia.identity.Account;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.intake.IntakeResponses;
import org.fascia.intake.IntakeSubmitted;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** What a client reads at /portal/screening for each decision, and the letter for their doctor. */
@FasciaIntegrationTest
class ClientScreeningPagesTest {

	/** The engine tests' words (less "you have", which the pages use in "until you have been checked") that frighten (cautions) or diagnose (plain words). */
	static final Set<String> FRIGHTENING = Set.of("danger", "fatal", "death", "die ", "life-threatening", "warning",
			"risk of", "suspect", "cancer");

	static final Set<String> DIAGNOSTIC = Set.of("suspect", "syndrome", "metasta", "embolism", "thrombosis", "cauda",
			"spondylo", "diagnos", "tumour", "malignan");

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ClientAccounts clientAccounts;

	@Autowired
	ClientDirectory clients;

	@Autowired
	IntakeResponses responses;

	FasciaUser client;

	long clientId;

	@BeforeEach
	void signUp() {
		accounts.ensureClinic();
		client = newClient("Morgan", "Ellis");
		clientId = clients.idForUser(client.id()).orElseThrow();
	}

	FasciaUser newClient(String first, String last) {
		Account account = clientAccounts.signUp(
				new ClientAccounts.SignUp(first, last, TestAccounts.unique("screened"), null, TestAccounts.PASSWORD));
		return new FasciaUser(account.id(), account.email(), account.displayName(), Role.CLIENT, null, true, false);
	}

	void answered(long client, Object... codesAndValues) {
		Map<String, Object> answers = new LinkedHashMap<>();
		for (int i = 0; i < codesAndValues.length; i += 2) {
			answers.put((String) codesAndValues[i], codesAndValues[i + 1]);
		}
		responses.store(client, answers, IntakeResponses.Source.CLIENT, IntakeSubmitted.Kind.INTAKE, null, null);
	}

	MockHttpServletResponse page(FasciaUser who, String path) throws Exception {
		return mvc.perform(get(path).with(user(who))).andReturn().getResponse();
	}

	String html(FasciaUser who) throws Exception {
		MockHttpServletResponse response = page(who, "/portal/screening");
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	@Test
	void withoutAScreeningTheClientIsAskedForTheHealthQuestions() throws Exception {
		assertThat(html(client)).contains("We don&#39;t have your health questions yet").contains("href=\"/portal/intake\"");
		assertThat(page(client, "/portal/screening/letter.pdf").getStatus()).isEqualTo(404);
	}

	@Test
	void anEmergencyIsAPageOfItsOwnWithTheNumberTheReasonsAndNoBookingLink() throws Exception {
		answered(clientId, "age", 47, "bladder_change", true);
		String html = html(client);
		assertThat(html).contains("role=\"alert\"")
			.contains("Please get medical help now: call emergency services or go to the nearest emergency department.")
			// the test clinic is in Europe/London
			.contains("href=\"tel:999\"").contains(">999<")
			.contains("You told us about changes in bladder, bowel or sexual function")
			.contains("Do not wait for your massage appointment")
			.contains("has been told and will contact you");
		assertThat(html).doesNotContain("/book").doesNotContain("Book").doesNotContain("letter.pdf")
			.doesNotContain("class=\"nav\"").doesNotContain("<script");
		DIAGNOSTIC.forEach(word -> assertThat(html.toLowerCase()).doesNotContain(word));
	}

	@Test
	void anUrgentReferralAsksForADoctorSoonAndKeepsConsultationsOpen() throws Exception {
		answered(clientId, "age", 39, "fever", true);
		String html = html(client);
		assertThat(html).contains("Please see a doctor today or within the next few days")
			.contains("You told us about a fever or feeling generally unwell")
			.contains("We can&#39;t book treatments until you have been checked; a consultation is still possible.")
			.contains("has been told and will be in touch")
			.doesNotContain("letter.pdf");
		DIAGNOSTIC.forEach(word -> assertThat(html.toLowerCase()).doesNotContain(word));
	}

	@Test
	void aClearanceSaysWhatToAskTheDoctorAndTheLetterIsThisClientsOwnPdf() throws Exception {
		answered(clientId, "age", 58, "anticoagulant", true);
		String html = html(client);
		assertThat(html).contains("What to ask your doctor")
			.contains("You told us you take a blood thinner")
			.contains("href=\"/portal/screening/letter.pdf\"")
			.contains("Download the letter for your doctor (PDF)")
			.contains("Bring it to your next visit, or send it to the clinic and we will upload it")
			.contains("Treatments can be booked once the clinic has recorded your doctor&#39;s reply");

		FasciaUser other = newClient("Quinn", "Adeyemi");
		answered(clients.idForUser(other.id()).orElseThrow(), "age", 61, "bleeding_disorder", true);

		MockHttpServletResponse letter = page(client, "/portal/screening/letter.pdf");
		assertThat(letter.getStatus()).isEqualTo(200);
		assertThat(letter.getContentType()).isEqualTo("application/pdf");
		assertThat(letter.getHeader("Cache-Control")).isEqualTo("no-store");
		String text = text(letter.getContentAsByteArray());
		assertThat(text).contains("Morgan Ellis").doesNotContain("Quinn Adeyemi");
		assertThat(text(page(other, "/portal/screening/letter.pdf").getContentAsByteArray())).contains("Quinn Adeyemi")
			.doesNotContain("Morgan Ellis");
	}

	@Test
	void cautionsAreToldAsHowTheTherapistAdaptsWithoutAlarmingWords() throws Exception {
		answered(clientId, "age", 35, "antiplatelet", true, "varicose_veins", "mild", "pain_onset_age", 30,
				"pain_duration_days", 400, "pain_trend", "stable", "wakes_second_half_night", true, "buttock_pain", true,
				"improves_with_movement", true);
		String html = html(client);
		assertThat(html).contains("Your massage can go ahead")
			.contains("Your therapist will keep pressure moderate")
			.contains("How your therapist will adapt your massage")
			.contains("it would be worth mentioning to your GP")
			.contains("with a pattern your GP should look at")
			.contains("Your therapist will use only light strokes over varicose veins")
			.doesNotContain("letter.pdf");
		String lower = html.toLowerCase();
		FRIGHTENING.forEach(word -> assertThat(lower).as(word).doesNotContain(word));
		DIAGNOSTIC.forEach(word -> assertThat(lower).as(word).doesNotContain(word));
		assertThat(lower).doesNotContain("emergency department").doesNotContain("urgent");
		// the letter is only for a client whose answers ask for one
		assertThat(page(client, "/portal/screening/letter.pdf").getStatus()).isEqualTo(404);
	}

	@Test
	void noFindingIsPlainReassurance() throws Exception {
		answered(clientId, "age", 30, "pain_duration_days", 10, "pain_trend", "improving");
		String html = html(client);
		assertThat(html).contains("Your massage can go ahead")
			.contains("Nothing in your answers changes how we work");
		String lower = html.toLowerCase();
		FRIGHTENING.forEach(word -> assertThat(lower).as(word).doesNotContain(word));
	}

	static String text(byte[] pdf) throws Exception {
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

}
