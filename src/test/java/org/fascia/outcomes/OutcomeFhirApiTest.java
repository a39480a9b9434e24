package org.fascia.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.fascia.audit.AuditEvent;
import org.fascia.audit.AuditLog;
import org.fascia.identity.Account;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.fascia.support.ApiClient;
import org.fascia.support.FasciaIntegrationTest;
import org.fascia.support.TestAccounts;
import org.fascia.support.TestPeople;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * {@code GET /api/v1/clients/{clientId}/outcomes/fhir}: the stored responses as a FHIR R4 collection Bundle that
 * HAPI's validator accepts; the owner and the client's therapist only (another therapist, the front desk and the
 * client themself are refused); an unknown client is a 404 problem; the read and the refusals are audited.
 */
@FasciaIntegrationTest
class OutcomeFhirApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestPeople people;

	@Autowired
	TestAccounts accounts;

	@Autowired
	OutcomeResponses responses;

	@Autowired
	AuditLog audit;

	private static Account account(FasciaUser user) {
		return user.account();
	}

	private static String path(long clientId) {
		return "/api/v1/clients/" + clientId + "/outcomes/fhir";
	}

	@Test
	void theClientsTherapistExportsEveryResponseAsAValidBundle() throws Exception {
		TestPeople.Person client = people.client("Fhir", "Export");
		FasciaUser therapist = people.therapist();
		long visit = people.appointment(therapist, client.id(), Instant.now().minus(Duration.ofDays(3)), "COMPLETED",
				"FHIR visit");
		responses.record(client.id(), new OutcomeResponses.NewResponse(Instrument.NPRS, OutcomeRound.VISIT, visit, null,
				Responses.of("pain", 6), OutcomeSource.SESSION, therapist.id()));
		responses.record(client.id(), new OutcomeResponses.NewResponse(Instrument.ODI, OutcomeRound.BASELINE, null, null,
				Responses.odi(1, 2, new int[] { 2, 4 }, 3, 2, 1, 0, 2, 3, null), OutcomeSource.CLIENT_LINK, null));
		responses.record(client.id(), new OutcomeResponses.NewResponse(Instrument.STARTBACK, OutcomeRound.BASELINE, null,
				null, Responses.startBack("11001110", "very_much"), OutcomeSource.PORTAL, null));

		ApiClient.Response export = ApiClient.as(mvc, account(therapist)).get(path(client.id())).expect(200);
		assertThat(export.contentType()).startsWith("application/fhir+json");
		Bundle bundle = OutcomeFhir.R4.newJsonParser().parseResource(Bundle.class, export.raw());
		FhirValidation.assertValid(bundle);
		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
		assertThat(bundle.getEntry()).hasSize(6);

		QuestionnaireResponse nprsAnswers = (QuestionnaireResponse) bundle.getEntry().get(0).getResource();
		Observation nprs = (Observation) bundle.getEntry().get(1).getResource();
		assertThat(nprs.getCode().getCodingFirstRep().getCode()).isEqualTo("72514-3");
		assertThat(nprs.getValueIntegerType().getValue()).isEqualTo(6);
		assertThat(nprs.getSubject().getReference()).isEqualTo("Patient/" + client.id());
		assertThat(nprs.getPerformerFirstRep().getReference()).isEqualTo("Practitioner/" + therapist.id());
		assertThat(nprs.getDerivedFromFirstRep().getReference()).isEqualTo(bundle.getEntry().get(0).getFullUrl());
		assertThat(nprsAnswers.getQuestionnaire()).isEqualTo("https://fascia.dev/fhir/Questionnaire/nprs|1");
		assertThat(nprsAnswers.getAuthor().getReference()).isEqualTo("Practitioner/" + therapist.id());

		QuestionnaireResponse odi = (QuestionnaireResponse) bundle.getEntry().get(2).getResource();
		assertThat(odi.getAuthor().getReference()).isEqualTo("Patient/" + client.id());
		assertThat(odi.getItem()).hasSize(9);
		Observation startBack = (Observation) bundle.getEntry().get(5).getResource();
		assertThat(startBack.getComponent().get(1).getValueCodeableConcept().getCodingFirstRep().getCode())
			.isEqualTo("high");

		assertThat(audit.forSubject("client", String.valueOf(client.id()))).extracting(AuditEvent::action)
			.contains("OUTCOME_READ");
	}

	@Test
	void theOwnerExportsAnyClientAndAClientWithNoScoresIsAnEmptyBundle() throws Exception {
		TestPeople.Person client = people.client("Fhir", "Empty");
		ApiClient.Response export = ApiClient.as(mvc, accounts.create(Role.OWNER)).get(path(client.id())).expect(200);
		Bundle bundle = OutcomeFhir.R4.newJsonParser().parseResource(Bundle.class, export.raw());
		FhirValidation.assertValid(bundle);
		assertThat(bundle.getEntry()).isEmpty();
	}

	@Test
	void anotherTherapistTheFrontDeskAndTheClientAreRefused() throws Exception {
		TestPeople.Person client = people.client("Fhir", "Private");
		FasciaUser therapist = people.therapist();
		people.appointment(therapist, client.id(), Instant.now().minus(Duration.ofDays(3)), "COMPLETED", "FHIR visit");
		responses.record(client.id(), new OutcomeResponses.NewResponse(Instrument.NPRS, OutcomeRound.BASELINE, null, null,
				Responses.of("pain", 6), OutcomeSource.STAFF, therapist.id()));
		int readsBefore = reads(client.id());

		ApiClient.Response other = ApiClient.as(mvc, account(people.therapist())).get(path(client.id())).problem(403);
		assertThat(other.raw()).contains("clients you treat").doesNotContain("\"pain\"");
		ApiClient.as(mvc, accounts.create(Role.FRONT_DESK)).get(path(client.id())).problem(403);
		ApiClient.as(mvc, client.user().account())
			.get(path(client.id())).problem(403);

		assertThat(reads(client.id())).as("no read happened").isEqualTo(readsBefore);
		assertThat(audit.forSubject("client", String.valueOf(client.id()))).extracting(AuditEvent::action)
			.contains("OUTCOME_ACCESS_DENIED");
	}

	@Test
	void anUnknownClientIsA404ProblemAndAnIdThatIsNoNumberA400() throws Exception {
		ApiClient owner = ApiClient.as(mvc, accounts.create(Role.OWNER));
		owner.get(path(987654321L)).problem(404);
		owner.get("/api/v1/clients/abc/outcomes/fhir").problem(400);
	}

	private int reads(long clientId) {
		return (int) audit.forSubject("client", String.valueOf(clientId)).stream()
			.filter(e -> e.action().equals("OUTCOME_READ"))
			.count();
	}

}
