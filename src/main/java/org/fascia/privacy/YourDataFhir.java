package org.fascia.privacy;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.fascia.outcomes.Instrument;
import org.fascia.outcomes.InstrumentDefinition;
import org.fascia.outcomes.InstrumentLibrary;
import org.fascia.outcomes.OutcomeFhir;
import org.fascia.outcomes.OutcomeResponses;
import org.fascia.platform.Words;
import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.springframework.stereotype.Component;

/**
 * The FHIR R4 face of "Download everything": a {@code collection} Bundle with the Patient, an Appointment per
 * visit, a Consent per signed consent, a DocumentReference per signed session note (the whole note as plain
 * text), and the outcome measures as QuestionnaireResponses and Observations ({@link OutcomeFhir}). The Patient's
 * fullUrl is {@code Patient/{id}}'s stable urn, and every resource refers to it.
 */
@Component
class YourDataFhir {

	static final String CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope";

	static final String IDENTIFIER = "https://fascia.dev/fhir/NamingSystem/";

	private final OutcomeResponses outcomes;

	private final InstrumentLibrary library;

	private final Words words;

	YourDataFhir(OutcomeResponses outcomes, InstrumentLibrary library, Words words) {
		this.outcomes = outcomes;
		this.library = library;
		this.words = words;
	}

	@SuppressWarnings("unchecked")
	Bundle bundle(long clientId, Map<String, Object> sections) {
		Bundle bundle = new Bundle();
		bundle.setType(Bundle.BundleType.COLLECTION);
		bundle.setTimestampElement(new org.hl7.fhir.r4.model.InstantType(java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()));
		Map<String, Object> client = (Map<String, Object>) sections.get("client");
		Patient patient = new Patient();
		patient.setId(String.valueOf(clientId));
		patient.addIdentifier().setSystem(IDENTIFIER + "client").setValue(String.valueOf(clientId));
		if (client != null) {
			patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily((String) client.get("last_name"))
				.addGiven((String) client.get("first_name"));
			if (client.get("email") != null) {
				patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue((String) client.get("email"));
			}
			if (client.get("phone") != null) {
				patient.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue((String) client.get("phone"));
			}
		}
		String patientUrl = urn("Patient", clientId);
		add(bundle, patientUrl, patient);
		Reference subject = new Reference(patientUrl);
		for (Map<String, Object> row : (List<Map<String, Object>>) sections.getOrDefault("appointments", List.of())) {
			Appointment appointment = new Appointment();
			long id = ((Number) row.get("id")).longValue();
			appointment.setId(String.valueOf(id));
			appointment.addIdentifier().setSystem(IDENTIFIER + "appointment").setValue(String.valueOf(id));
			appointment.setStatus(status((String) row.get("status")));
			appointment.setDescription((String) row.get("service"));
			appointment.addServiceType().setText((String) row.get("service"));
			appointment.setStartElement(new org.hl7.fhir.r4.model.InstantType((String) row.get("start_at")));
			appointment.setEndElement(new org.hl7.fhir.r4.model.InstantType((String) row.get("end_at")));
			appointment.addParticipant().setActor(subject.copy())
				.setStatus(Appointment.ParticipationStatus.ACCEPTED);
			appointment.addParticipant().setActor(new Reference().setDisplay((String) row.get("therapist")))
				.setStatus(Appointment.ParticipationStatus.ACCEPTED);
			add(bundle, urn("Appointment", id), appointment);
		}
		for (Map<String, Object> row : (List<Map<String, Object>>) sections.getOrDefault("consents", List.of())) {
			long id = ((Number) row.get("id")).longValue();
			String kind = (String) row.get("kind");
			Consent consent = new Consent();
			consent.setId(String.valueOf(id));
			consent.addIdentifier().setSystem(IDENTIFIER + "consent-text-sha256").setValue((String) row.get("text_sha256"));
			consent.setStatus(Consent.ConsentState.ACTIVE);
			boolean privacy = "DATA_PROCESSING".equals(kind);
			consent.setScope(new CodeableConcept(new Coding(CONSENT_SCOPE, privacy ? "patient-privacy" : "treatment",
					privacy ? "Privacy Consent" : "Treatment")));
			consent.addCategory(new CodeableConcept(new Coding("http://loinc.org", "59284-0", "Patient Consent")));
			consent.setPatient(subject.copy());
			consent.setDateTimeElement(new org.hl7.fhir.r4.model.DateTimeType((String) row.get("signed_at")));
			consent.addPolicy().setUri("https://fascia.dev/consent/" + kind + "/v" + row.get("text_version"));
			add(bundle, urn("Consent", id), consent);
		}
		for (Map<String, Object> row : (List<Map<String, Object>>) sections.getOrDefault("sessionNotes", List.of())) {
			if (!"SIGNED".equals(row.get("status"))) {
				continue;
			}
			long id = ((Number) row.get("id")).longValue();
			DocumentReference note = new DocumentReference();
			note.setId(String.valueOf(id));
			note.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
			note.setDocStatus(DocumentReference.ReferredDocumentStatus.FINAL);
			note.setType(new CodeableConcept(new Coding("http://loinc.org", "11506-3", "Progress note")));
			note.setSubject(subject.copy());
			note.setDateElement(new InstantType((String) row.get("signed_at")));
			note.setDescription(words.text("privacy.fhir.note"));
			String text = noteText(row);
			note.addContent().setAttachment(new Attachment().setContentType("text/plain; charset=UTF-8")
				.setTitle(words.text("privacy.fhir.note")).setData(text.getBytes(StandardCharsets.UTF_8)));
			add(bundle, urn("DocumentReference", id), note);
		}
		Map<Instrument, InstrumentDefinition> definitions = new EnumMap<>(Instrument.class);
		Bundle scores = OutcomeFhir.bundle(outcomes.forClient(clientId),
				instrument -> definitions.computeIfAbsent(instrument, library::definition));
		for (Bundle.BundleEntryComponent entry : scores.getEntry()) {
			bundle.addEntry(entry);
		}
		return bundle;
	}

	String json(Bundle bundle) {
		return OutcomeFhir.json(bundle);
	}

	private String noteText(Map<String, Object> row) {
		StringBuilder text = new StringBuilder();
		line(text, words.text("privacy.fhir.subjective"), row.get("subjective"));
		line(text, words.text("privacy.fhir.objective"), row.get("objective"));
		line(text, words.text("privacy.fhir.assessment"), row.get("assessment"));
		line(text, words.text("privacy.fhir.plan"), row.get("plan_next"));
		line(text, words.text("privacy.fhir.selfCare"), row.get("plan_self_care"));
		line(text, words.text("privacy.fhir.summary"), row.get("summary_for_you"));
		return text.toString();
	}

	private static void line(StringBuilder text, String label, Object value) {
		if (value != null && !value.toString().isBlank()) {
			text.append(label).append(": ").append(value).append('\n');
		}
	}

	private static Appointment.AppointmentStatus status(String status) {
		return switch (status) {
			case "COMPLETED" -> Appointment.AppointmentStatus.FULFILLED;
			case "CANCELLED", "LATE_CANCELLED" -> Appointment.AppointmentStatus.CANCELLED;
			case "NO_SHOW" -> Appointment.AppointmentStatus.NOSHOW;
			default -> Appointment.AppointmentStatus.BOOKED;
		};
	}

	private static void add(Bundle bundle, String fullUrl, Resource resource) {
		bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
	}

	static String urn(String type, long id) {
		return "urn:uuid:" + UUID.nameUUIDFromBytes(("fascia " + type + " " + id).getBytes(StandardCharsets.UTF_8));
	}

}
