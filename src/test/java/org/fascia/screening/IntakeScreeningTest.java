package org.fascia.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.fascia.clients.ClientDirectory;
import org.fascia.identity.Account;
import org.fascia.identity.Role;
import org.fascia.intake.IntakeResponses;
import org.fascia.intake.IntakeSubmitted;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.fascia.support.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A submitted intake is screened in the same transaction; emergency and urgent decisions alert the clinic. */
@FasciaIntegrationTest
class IntakeScreeningTest {

	@Autowired
	IntakeResponses responses;

	@Autowired
	ScreeningRecords records;

	@Autowired
	ClientDirectory clients;

	@Autowired
	TestAccounts accounts;

	Account frontDesk;

	long clientId;

	@BeforeEach
	void client() {
		accounts.ensureClinic();
		frontDesk = accounts.create(Role.FRONT_DESK);
		clientId = clients.create(null, "Jordan", "Reyes", TestAccounts.unique("screened"), null);
	}

	@Test
	void anEmergencyAnswerIsStoredAsTheCurrentScreeningAndTheClinicIsAlertedWithoutClinicalDetail() throws Exception {
		long response = responses.store(clientId, Map.of("age", 44, "saddle_numbness", true, "goals", "walk the dog"),
				IntakeResponses.Source.CLIENT, IntakeSubmitted.Kind.INTAKE, null, null);

		StoredScreening current = records.current(clientId).orElseThrow();
		assertThat(current.responseId()).isEqualTo(response);
		assertThat(current.kind()).isEqualTo(ScreeningKind.INTAKE);
		assertThat(current.result().decision()).isEqualTo(Decision.EMERGENCY_REFERRAL);
		assertThat(current.result().findings()).extracting(Finding::rule).contains("cauda-equina");

		MimeMessage alert = TestMail.awaitMessageTo(frontDesk.email(), Duration.ofSeconds(20));
		String body = TestMail.body(alert);
		assertThat(body).contains("Jordan Reyes", "emergency", "/clients/" + clientId + "/screening");
		assertThat(body).doesNotContainIgnoringCase("saddle").doesNotContainIgnoringCase("cauda");
		// the words and line breaks of the message bundle's mail (mail.screening.alert.*)
		assertThat(alert.getSubject()).isEqualTo("Emergency referral: Jordan Reyes’s screening needs you today");
		assertThat(body.replace("\r\n", "\n")).startsWith("Jordan Reyes’s latest health answers (screening " + current.id()
				+ ") call for an emergency referral.\n\nThey were told to call emergency services or go to an emergency "
				+ "department now.\n\nThe client has been shown this advice on screen. Please contact them today, note "
				+ "what was\nsaid, and keep treatments off the calendar until they have been re-screened.\n\nOpen the "
				+ "screening: ").contains("/clients/" + clientId + "/screening\n\n");
	}

	@Test
	void aCautionIsStoredWithoutAnAlert() throws Exception {
		responses.store(clientId, Map.of("age", 35, "antiplatelet", true), IntakeResponses.Source.STAFF_ENTERED,
				IntakeSubmitted.Kind.INTAKE, null, null);
		StoredScreening current = records.current(clientId).orElseThrow();
		assertThat(current.result().decision()).isEqualTo(Decision.PROCEED_WITH_CAUTIONS);
		assertThat(current.result().cautions()).extracting(Caution::code).contains("MODERATE_PRESSURE_MAX");
		Thread.sleep(1500);
		assertThat(TestMail.messagesTo(frontDesk.email())).isEmpty();
	}

	@Test
	void aFollowUpWithANewRedFlagReScreensTheClient() {
		responses.store(clientId, Map.of("age", 52, "pain_duration_days", 400, "pain_trend", "improving"),
				IntakeResponses.Source.CLIENT, IntakeSubmitted.Kind.INTAKE, null, null);
		assertThat(records.current(clientId).orElseThrow().result().decision()).isEqualTo(Decision.PROCEED);

		responses.store(clientId, Map.of("age", 52, "pain_duration_days", 400, "pain_trend", "improving", "fever", true),
				IntakeResponses.Source.CLIENT, IntakeSubmitted.Kind.FOLLOW_UP, null, null);
		StoredScreening current = records.current(clientId).orElseThrow();
		assertThat(current.kind()).isEqualTo(ScreeningKind.FOLLOW_UP);
		assertThat(current.result().decision()).isEqualTo(Decision.URGENT_REFERRAL);
		assertThat(records.history(clientId)).hasSize(2);
	}

}
