package org.fascia.outcomes;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.fascia.platform.Pure;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

import ca.uhn.fhir.context.FhirContext;

/**
 * The FHIR R4 export of stored outcome measures (issue 6, requirement 7; OUTCOMES.md "FHIR and LOINC"). Each
 * {@link StoredResponse} becomes a {@code QuestionnaireResponse} (the answers as given, typed by the item's FHIR
 * type, pointing at the instrument's canonical Questionnaire URL with the version answered) and an
 * {@code Observation} (the score, derived from that QuestionnaireResponse).
 * <ul>
 * <li>Code: NPRS is LOINC 72514-3 (pain severity 0-10 verbal numeric rating, reported); the other instruments
 * carry Fascia's instrument code ({@value #INSTRUMENT_SYSTEM}), as no LOINC code is used that is not certain. NPRS
 * carries that code too.</li>
 * <li>Value: {@code valueInteger} for the whole-number scores (NPRS, RMDQ, STarT Back total), {@code valueQuantity}
 * in UCUM {@code {score}} for the one-decimal ones (PEG, PSFS, ODI).</li>
 * <li>Parts as components: the ODI band; STarT Back's psychosocial subscale and risk group.</li>
 * <li>Who: the client (Patient) when they answered by link or in the portal, else the staff member who entered
 * it (Practitioner, by user id).</li>
 * <li>A PSFS activity rated in a later round without its name gets the name it was last given in the export (the
 * activities are named once at baseline and rated again later).</li>
 * <li>An ODI section left blank is left out. A double tick (two boxes ticked in one section) is exported as the
 * higher box, the one the index counts (Fairbank &amp; Pynsent 2000), with the other box in the extension
 * {@value #DOUBLE_TICK}: the item does not repeat, so two answers would not be valid against the Questionnaire.</li>
 * </ul>
 * Resources are identified by the stored response's id ({@code Observation/12}, {@code QuestionnaireResponse/12},
 * and an identifier in {@value #RESPONSE_IDENTIFIER}), the client by {@code Patient/<client id>}. In the Bundle each
 * entry's fullUrl is a stable {@code urn:uuid} (Fascia is no FHIR server) and the Observation's derivedFrom points
 * at its QuestionnaireResponse's entry. Each resource carries a one-line generated narrative. Pure: plain records in, HAPI model objects out; {@link #JSON}
 * serialises with the one shared {@link FhirContext}.
 */
@Pure
public final class OutcomeFhir {

	/** The one R4 context: expensive to create, thread-safe once built (HAPI's static cached instance). */
	public static final FhirContext R4 = FhirContext.forR4Cached();

	/** The media type of the export. */
	public static final String JSON = "application/fhir+json";

	public static final String LOINC = "http://loinc.org";

	public static final String NPRS_LOINC = "72514-3";

	public static final String NPRS_LOINC_DISPLAY = "Pain severity - 0-10 verbal numeric rating [Score] - Reported";

	public static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

	public static final String UCUM = "http://unitsofmeasure.org";

	/** Fascia's codes for its instruments ({@code NPRS}, …) and for the parts of a score. */
	public static final String INSTRUMENT_SYSTEM = "https://fascia.dev/fhir/CodeSystem/instrument";

	/** The values of the ODI band component. */
	public static final String ODI_BAND_SYSTEM = "https://fascia.dev/fhir/CodeSystem/odi-band";

	/** The values of the STarT Back risk group component. */
	public static final String RISK_GROUP_SYSTEM = "https://fascia.dev/fhir/CodeSystem/startback-risk-group";

	/** The answer codes of STarT Back item 9, as in {@code instruments/startback.json}. */
	public static final String BOTHERSOMENESS_SYSTEM = "https://fascia.dev/fhir/CodeSystem/startback-bothersomeness";

	/** The stored response's id, on both resources. */
	public static final String RESPONSE_IDENTIFIER = "https://fascia.dev/fhir/NamingSystem/outcome-response";

	/** On an ODI answer given by a double tick: the other (lower) box ticked. */
	public static final String DOUBLE_TICK = "https://fascia.dev/fhir/StructureDefinition/double-tick";

	private OutcomeFhir() {
	}

	/**
	 * The whole export of a client: a {@code collection} Bundle with, per stored response in the order given, its
	 * QuestionnaireResponse and then its Observation.
	 */
	public static Bundle bundle(List<StoredResponse> responses, Function<Instrument, InstrumentDefinition> definitions) {
		Bundle bundle = new Bundle();
		bundle.setType(Bundle.BundleType.COLLECTION);
		Map<String, Object> psfsNames = new java.util.HashMap<>();
		for (StoredResponse response : responses) {
			QuestionnaireResponse answers = questionnaireResponse(response, definitions.apply(response.instrument()),
					psfsNames);
			if (response.instrument() == Instrument.PSFS) {
				response.answers().forEach((linkId, value) -> {
					if (linkId.endsWith("_name")) {
						psfsNames.put(linkId, value);
					}
				});
			}
			String answersUrl = fullUrl("QuestionnaireResponse", response);
			bundle.addEntry().setFullUrl(answersUrl).setResource(answers);
			Observation observation = observation(response);
			// inside the Bundle the score points at its answers' entry (Bundle resolution rules)
			observation.getDerivedFromFirstRep().setReference(answersUrl);
			bundle.addEntry().setFullUrl(fullUrl("Observation", response)).setResource(observation);
		}
		return bundle;
	}

	/** The Bundle as FHIR JSON. */
	public static String json(Bundle bundle) {
		return R4.newJsonParser().encodeResourceToString(bundle);
	}

	/** The score of one response. */
	public static Observation observation(StoredResponse response) {
		Observation observation = new Observation();
		observation.setId(String.valueOf(response.id()));
		observation.addIdentifier(identifier(response));
		observation.setStatus(Observation.ObservationStatus.FINAL);
		observation.addCategory(new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "survey", "Survey")));
		observation.setCode(code(response.instrument()));
		observation.setSubject(patient(response));
		observation.setEffective(dateTime(response));
		Reference performer = performer(response);
		if (performer != null) {
			observation.addPerformer(performer);
		}
		observation.setValue(value(response.instrument(), response.value()));
		Score score = response.score();
		if (score.band() != null) {
			observation.addComponent()
				.setCode(part("odi-band", "ODI disability band"))
				.setValue(new CodeableConcept(new Coding(ODI_BAND_SYSTEM, score.band(), score.band())));
		}
		if (score.subscale() != null) {
			observation.addComponent()
				.setCode(part("startback-psychosocial", "STarT Back psychosocial subscale (items 5-9)"))
				.setValue(new IntegerType(score.subscale()));
		}
		if (score.riskGroup() != null) {
			observation.addComponent()
				.setCode(part("startback-risk-group", "STarT Back risk group"))
				.setValue(new CodeableConcept(new Coding(RISK_GROUP_SYSTEM, score.riskGroup(), score.riskGroup())));
		}
		observation.addDerivedFrom(new Reference("QuestionnaireResponse/" + response.id()));
		observation.setText(narrative(title(response.instrument()) + ": " + response.value().toPlainString()
				+ (score.band() != null ? " (" + score.band() + ")" : "")
				+ (score.riskGroup() != null ? " (" + score.riskGroup() + " risk, psychosocial " + score.subscale() + ")" : "")));
		return observation;
	}

	/**
	 * The answers of one response. {@code definition} is the instrument's definition in use: its canonical URL (with
	 * the version the response was given under) and, when it carries the real wording and is that version, the
	 * items' text.
	 */
	public static QuestionnaireResponse questionnaireResponse(StoredResponse response, InstrumentDefinition definition) {
		return questionnaireResponse(response, definition, Map.of());
	}

	/**
	 * As {@link #questionnaireResponse(StoredResponse, InstrumentDefinition)}; a PSFS activity rated without its
	 * name (later rounds rate the activities named at baseline) takes the name from {@code earlierNames}
	 * ({@code activity1_name} to the name), so the answer says which activity it rates.
	 */
	static QuestionnaireResponse questionnaireResponse(StoredResponse response, InstrumentDefinition definition,
			Map<String, Object> earlierNames) {
		QuestionnaireResponse qr = new QuestionnaireResponse();
		qr.setId(String.valueOf(response.id()));
		qr.setIdentifier(identifier(response));
		qr.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		qr.setQuestionnaire(canonical(response, definition));
		qr.setSubject(patient(response));
		qr.setAuthoredElement(dateTime(response));
		Reference author = performer(response);
		if (author != null) {
			qr.setAuthor(author);
		}
		if (response.source().byClient()) {
			qr.setSource(patient(response));
		}
		boolean withText = definition != null && definition.withText()
				&& java.util.Objects.equals(definition.version(), response.instrumentVersion());
		Map<String, Object> answers = new java.util.LinkedHashMap<>(response.answers());
		if (response.instrument() == Instrument.PSFS) {
			for (int i = 1; i <= 3; i++) {
				String name = "activity" + i + "_name";
				if (answers.containsKey("activity" + i) && !answers.containsKey(name) && earlierNames.get(name) != null) {
					answers.put(name, earlierNames.get(name));
				}
			}
		}
		for (Instrument.Item item : response.instrument().items()) {
			Object value = answers.get(item.linkId());
			if (value == null) {
				continue;
			}
			QuestionnaireResponseItemComponent out = qr.addItem().setLinkId(item.linkId());
			if (withText) {
				definition.items().stream()
					.filter(d -> d.linkId().equals(item.linkId()))
					.findFirst()
					.ifPresent(d -> out.setText(d.text()));
			}
			out.addAnswer(answer(response.instrument(), item, value));
		}
		qr.setText(narrative("Answers to " + title(response.instrument()) + ", " + qr.getItem().size() + " item"
				+ (qr.getItem().size() == 1 ? "" : "s") + " answered"));
		return qr;
	}

	/** The canonical URL of the response's Questionnaire, {@code url|version}. */
	static String canonical(StoredResponse response, InstrumentDefinition definition) {
		String url = definition == null || definition.url() == null
				? "https://fascia.dev/fhir/Questionnaire/" + response.instrument().name().toLowerCase(java.util.Locale.ROOT)
				: definition.url();
		String version = response.instrumentVersion();
		return version == null || version.isBlank() ? url : url + "|" + version;
	}

	private static QuestionnaireResponseItemAnswerComponent answer(Instrument instrument, Instrument.Item item,
			Object value) {
		QuestionnaireResponseItemAnswerComponent answer = new QuestionnaireResponseItemAnswerComponent();
		switch (item.type()) {
			case "integer" -> {
				if (value instanceof List<?> ticks && ticks.size() == 2) {
					int first = whole(item, ticks.get(0));
					int second = whole(item, ticks.get(1));
					answer.setValue(new IntegerType(Math.max(first, second)));
					answer.addExtension(new Extension(DOUBLE_TICK, new IntegerType(Math.min(first, second))));
				}
				else {
					answer.setValue(new IntegerType(whole(item, value)));
				}
			}
			case "boolean" -> answer.setValue(new BooleanType(bool(item, value)));
			case "string" -> answer.setValue(new StringType(String.valueOf(value)));
			case "choice" -> answer.setValue(new Coding(choiceSystem(instrument), String.valueOf(value), null));
			default -> throw new IllegalStateException("No FHIR answer for item type " + item.type());
		}
		return answer;
	}

	private static String choiceSystem(Instrument instrument) {
		if (instrument == Instrument.STARTBACK) {
			return BOTHERSOMENESS_SYSTEM;
		}
		throw new IllegalStateException(instrument + " has no choice item");
	}

	private static int whole(Instrument.Item item, Object value) {
		if (value instanceof Integer || value instanceof Long || value instanceof Short) {
			return Math.toIntExact(((Number) value).longValue());
		}
		throw new IllegalStateException("Stored answer " + item.linkId() + " is not a whole number: " + value);
	}

	private static boolean bool(Instrument.Item item, Object value) {
		if (value instanceof Boolean b) {
			return b;
		}
		throw new IllegalStateException("Stored answer " + item.linkId() + " is not true or false: " + value);
	}

	private static CodeableConcept code(Instrument instrument) {
		CodeableConcept code = new CodeableConcept();
		if (instrument == Instrument.NPRS) {
			code.addCoding(new Coding(LOINC, NPRS_LOINC, NPRS_LOINC_DISPLAY));
		}
		code.addCoding(new Coding(INSTRUMENT_SYSTEM, instrument.name(), title(instrument)));
		code.setText(title(instrument));
		return code;
	}

	/** The instrument's name as the export shows it. */
	static String title(Instrument instrument) {
		return switch (instrument) {
			case NPRS -> "Numeric pain rating scale (NPRS)";
			case PEG -> "Pain, enjoyment and general activity (PEG)";
			case PSFS -> "Patient-specific functional scale (PSFS)";
			case RMDQ -> "Roland-Morris disability questionnaire (RMDQ)";
			case ODI -> "Oswestry disability index v2.1a (ODI)";
			case STARTBACK -> "Keele STarT Back screening tool";
		};
	}

	private static CodeableConcept part(String code, String text) {
		return new CodeableConcept(new Coding(INSTRUMENT_SYSTEM, code, text)).setText(text);
	}

	private static org.hl7.fhir.r4.model.Type value(Instrument instrument, BigDecimal score) {
		if (instrument == Instrument.NPRS || instrument == Instrument.RMDQ || instrument == Instrument.STARTBACK) {
			return new IntegerType(score.intValueExact());
		}
		return new Quantity().setValue(score).setUnit("{score}").setSystem(UCUM).setCode("{score}");
	}

	private static Reference patient(StoredResponse response) {
		return new Reference("Patient/" + response.clientId());
	}

	/** The client when they answered, else the staff member who entered it (null when unknown). */
	private static Reference performer(StoredResponse response) {
		if (response.source().byClient()) {
			return patient(response);
		}
		return response.enteredBy() == null ? null : new Reference("Practitioner/" + response.enteredBy());
	}

	private static DateTimeType dateTime(StoredResponse response) {
		// UTC to the second, e.g. 2026-11-20T09:15:30Z (ISO_INSTANT always prints the seconds)
		return new DateTimeType(response.takenAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
	}

	/** A generated narrative of one line (plain text, escaped). */
	private static Narrative narrative(String line) {
		Narrative narrative = new Narrative();
		narrative.setStatus(Narrative.NarrativeStatus.GENERATED);
		narrative.setDivAsString("<div xmlns=\"http://www.w3.org/1999/xhtml\">" + escape(line) + "</div>");
		return narrative;
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static Identifier identifier(StoredResponse response) {
		return new Identifier().setSystem(RESPONSE_IDENTIFIER).setValue(String.valueOf(response.id()));
	}

	private static String fullUrl(String type, StoredResponse response) {
		return "urn:uuid:" + java.util.UUID.nameUUIDFromBytes(("fascia outcome_response " + response.id() + " " + type)
			.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
