package org.fascia.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;

import org.fascia.audit.AuditEvent;
import org.fascia.audit.AuditLog;
import org.fascia.outcomes.OutcomeFhir;
import org.fascia.support.FasciaIntegrationTest;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.ResourceType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** "Download everything": the JSON has every section, with the client's own data only; the FHIR Bundle validates. */
@FasciaIntegrationTest
@Import(ClientData.class)
class YourDataExportTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ClientData data;

	@Autowired
	AuditLog audit;

	@Test
	void theJsonExportHasEverySectionAndOnlyTheClientsOwnData() throws Exception {
		ClientData.Client client = data.full("Iris", "Hale");
		ClientData.Client other = data.full("Omar", "Stone");
		MockHttpServletResponse response = mvc.perform(get("/portal/your-data/export.json")
			.with(user(client.person().user()))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/json");
		assertThat(response.getHeader("Content-Disposition")).contains("attachment", "your-data.json");
		JsonNode json = JsonMapper.builder().build().readTree(response.getContentAsByteArray());
		for (String section : List.of("account", "client", "appointments", "waitlist", "intakeResponses", "healthChecks",
				"consents", "screenings", "clearances", "consultations", "carePlans", "selfCareProgram",
				"sessionNotes", "treatmentLog", "painMaps", "followUps", "outcomeScores", "payments", "emails",
				"erasureRequests")) {
			assertThat(json.has(section)).as("section %s", section).isTrue();
		}
		assertThat(json.get("client").get("last_name").asString()).isEqualTo("Hale");
		assertThat(json.get("account").has("passwordHash")).isFalse();
		assertThat(json.get("appointments")).hasSize(2);
		assertThat(json.get("intakeResponses").get(0).get("answers").toString()).contains("antiplatelet");
		assertThat(json.get("consents").get(0).get("text_sha256").asString()).hasSize(64);
		JsonNode screening = json.get("screenings").get(0);
		assertThat(screening.get("decision").asString()).isNotBlank();
		assertThat(screening.get("reasons").get(0).get("in_plain_words").asString()).isNotBlank();
		JsonNode note = json.get("sessionNotes").get(0);
		assertThat(note.get("status").asString()).isEqualTo("SIGNED");
		assertThat(note.get("assessment").asString()).as("the therapist's notes too (right of access)")
			.isEqualTo("Tight QL");
		assertThat(note.get("summary_for_you").asString()).isEqualTo("We eased your lower back.");
		assertThat(json.get("selfCareProgram").get(0).get("daysDone")).hasSize(1);
		assertThat(json.get("painMaps").get(0).get("regions")).hasSize(1);
		assertThat(json.get("outcomeScores").get(0).get("instrument").asString()).isEqualTo("NPRS");
		assertThat(json.get("payments").get(0).get("amountPence").asInt()).isEqualTo(7500);
		assertThat(json.get("emails").toString()).contains("Your receipt");
		String all = json.toString();
		assertThat(all).doesNotContain("Stone").doesNotContain(other.person().user().getUsername())
			.doesNotContain("token_hash").doesNotContain("password");
		assertThat(audit.forSubject("client", String.valueOf(client.person().id()))).extracting(AuditEvent::action)
			.contains("PERSONAL_DATA_EXPORTED");
	}

	@Test
	void theFhirExportIsAValidR4BundleWithPatientVisitsConsentNotesAndScores() throws Exception {
		ClientData.Client client = data.full("Ada", "Moss");
		MockHttpServletResponse response = mvc.perform(get("/portal/your-data/export.fhir.json")
			.with(user(client.person().user()))).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/fhir+json");
		Bundle bundle = OutcomeFhir.R4.newJsonParser().parseResource(Bundle.class, response.getContentAsString());
		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
		Map<ResourceType, Long> types = bundle.getEntry().stream().collect(java.util.stream.Collectors.groupingBy(
				e -> e.getResource().getResourceType(), java.util.stream.Collectors.counting()));
		assertThat(types).containsEntry(ResourceType.Patient, 1L).containsEntry(ResourceType.Appointment, 2L)
			.containsEntry(ResourceType.Consent, 1L).containsEntry(ResourceType.DocumentReference, 1L)
			.containsEntry(ResourceType.QuestionnaireResponse, 1L).containsEntry(ResourceType.Observation, 1L);
		Patient patient = (Patient) bundle.getEntry().get(0).getResource();
		assertThat(patient.getNameFirstRep().getFamily()).isEqualTo("Moss");
		DocumentReference note = bundle.getEntry().stream().map(Bundle.BundleEntryComponent::getResource)
			.filter(DocumentReference.class::isInstance).map(DocumentReference.class::cast).findFirst().orElseThrow();
		assertThat(new String(note.getContentFirstRep().getAttachment().getData(),
				java.nio.charset.StandardCharsets.UTF_8)).contains("Assessment: Tight QL");
		BundleValidation.assertValid(bundle);
	}

}
