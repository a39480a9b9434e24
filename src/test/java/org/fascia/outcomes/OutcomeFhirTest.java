package org.fascia.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fascia.outcomes.FhirValidation.assertValid;
import static org.fascia.outcomes.FhirValidation.errors;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

/**
 * The FHIR R4 export of each instrument, checked field by field and validated with HAPI's validator (offline, with
 * the instruments' Questionnaires): no ERROR or FATAL message. The last tests break a mapping on purpose and expect
 * the validator to say so, so a passing validation means something.
 */
class OutcomeFhirTest {

	private static final Map<Instrument, InstrumentDefinition> DEFINITIONS = InstrumentRegistry.load();

	private static final Instant TAKEN = Instant.parse("2026-11-20T09:15:30Z");

	private static final long CLIENT = 41;

	private static final long STAFF = 7;

	private static StoredResponse stored(long id, Instrument instrument, Map<String, Object> answers,
			OutcomeSource source) {
		Score score = Scoring.score(instrument, answers);
		Integer activities = instrument == Instrument.PSFS
				? (int) answers.keySet().stream().filter(k -> k.matches("activity[1-3]")).count() : null;
		return new StoredResponse(id, CLIENT, instrument, DEFINITIONS.get(instrument).version(), OutcomeRound.BASELINE,
				null, null, answers, score, activities, source, source.byClient() ? null : STAFF, TAKEN);
	}

	private static QuestionnaireResponse qr(StoredResponse response) {
		return OutcomeFhir.questionnaireResponse(response, DEFINITIONS.get(response.instrument()));
	}

	private static QuestionnaireResponseItemComponent item(QuestionnaireResponse qr, String linkId) {
		return qr.getItem().stream().filter(i -> i.getLinkId().equals(linkId)).findFirst()
			.orElseThrow(() -> new AssertionError("no item " + linkId));
	}

	@Test
	void nprsIsLoinc72514_3AWholeNumberAnsweredByTheClient() {
		StoredResponse nprs = stored(1, Instrument.NPRS, Responses.of("pain", 7), OutcomeSource.CLIENT_LINK);
		Observation observation = OutcomeFhir.observation(nprs);
		QuestionnaireResponse answers = qr(nprs);
		assertValid(observation);
		assertValid(answers);

		assertThat(observation.getStatus()).isEqualTo(Observation.ObservationStatus.FINAL);
		assertThat(observation.getCategoryFirstRep().getCodingFirstRep().getSystem()).isEqualTo(OutcomeFhir.OBSERVATION_CATEGORY);
		assertThat(observation.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("survey");
		Coding loinc = observation.getCode().getCodingFirstRep();
		assertThat(loinc.getSystem()).isEqualTo("http://loinc.org");
		assertThat(loinc.getCode()).isEqualTo("72514-3");
		assertThat(loinc.getDisplay()).isEqualTo("Pain severity - 0-10 verbal numeric rating [Score] - Reported");
		assertThat(observation.getSubject().getReference()).isEqualTo("Patient/41");
		assertThat(observation.getEffectiveDateTimeType().getValueAsString()).isEqualTo("2026-11-20T09:15:30Z");
		assertThat(observation.getValueIntegerType().getValue()).isEqualTo(7);
		assertThat(observation.getPerformerFirstRep().getReference()).isEqualTo("Patient/41");
		assertThat(observation.getDerivedFromFirstRep().getReference()).isEqualTo("QuestionnaireResponse/1");

		assertThat(answers.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
		assertThat(answers.getQuestionnaire()).isEqualTo("https://fascia.dev/fhir/Questionnaire/nprs|1");
		assertThat(answers.getAuthor().getReference()).isEqualTo("Patient/41");
		assertThat(answers.getSource().getReference()).isEqualTo("Patient/41");
		assertThat(answers.getAuthoredElement().getValueAsString()).isEqualTo("2026-11-20T09:15:30Z");
		assertThat(item(answers, "pain").getText()).isEqualTo("On a scale of 0 to 10, how bad is your pain right now?");
		assertThat(item(answers, "pain").getAnswerFirstRep().getValueIntegerType().getValue()).isEqualTo(7);
	}

	@Test
	void pegIsAOneDecimalQuantityEnteredByStaff() {
		StoredResponse peg = stored(2, Instrument.PEG, Responses.of("pain", 4, "enjoyment", 4, "activity", 5),
				OutcomeSource.SESSION);
		Observation observation = OutcomeFhir.observation(peg);
		assertValid(observation);
		assertValid(qr(peg));
		Quantity value = observation.getValueQuantity();
		assertThat(value.getValue()).isEqualByComparingTo(new BigDecimal("4.3"));
		assertThat(value.getSystem()).isEqualTo("http://unitsofmeasure.org");
		assertThat(value.getCode()).isEqualTo("{score}");
		assertThat(observation.getCode().getCodingFirstRep().getSystem()).isEqualTo(OutcomeFhir.INSTRUMENT_SYSTEM);
		assertThat(observation.getCode().getCodingFirstRep().getCode()).isEqualTo("PEG");
		assertThat(observation.getPerformerFirstRep().getReference()).isEqualTo("Practitioner/7");
		assertThat(qr(peg).getAuthor().getReference()).isEqualTo("Practitioner/7");
		assertThat(qr(peg).hasSource()).isFalse();
		assertThat(qr(peg).getItem()).extracting(QuestionnaireResponseItemComponent::getLinkId)
			.containsExactly("pain", "enjoyment", "activity");
	}

	@Test
	void psfsWithOneActivityAndWithThree() {
		StoredResponse one = stored(3, Instrument.PSFS, Responses.of("activity1_name", "Gardening", "activity1", 3),
				OutcomeSource.PORTAL);
		StoredResponse three = stored(4, Instrument.PSFS, Responses.of("activity1_name", "Gardening", "activity1", 3,
				"activity2_name", "Lifting my daughter", "activity2", 5, "activity3_name", "Driving", "activity3", 8),
				OutcomeSource.PORTAL);
		for (StoredResponse psfs : List.of(one, three)) {
			assertValid(OutcomeFhir.observation(psfs));
			assertValid(qr(psfs));
		}
		assertThat(qr(one).getItem()).extracting(QuestionnaireResponseItemComponent::getLinkId)
			.containsExactly("activity1_name", "activity1");
		assertThat(item(qr(three), "activity2_name").getAnswerFirstRep().getValueStringType().getValue())
			.isEqualTo("Lifting my daughter");
		assertThat(item(qr(three), "activity3").getAnswerFirstRep().getValueIntegerType().getValue()).isEqualTo(8);
		assertThat(OutcomeFhir.observation(three).getValueQuantity().getValue()).isEqualByComparingTo(new BigDecimal("5.3"));
		assertThat(OutcomeFhir.observation(one).getValueQuantity().getValue()).isEqualByComparingTo(new BigDecimal("3.0"));
	}

	@Test
	void aLaterPsfsRatedWithoutNamesTakesTheNamesOfTheBaselineInTheBundle() {
		StoredResponse baseline = stored(3, Instrument.PSFS, Responses.of("activity1_name", "Gardening", "activity1", 3,
				"activity2_name", "Driving", "activity2", 4), OutcomeSource.PORTAL);
		StoredResponse later = stored(8, Instrument.PSFS, Responses.of("activity1", 6, "activity2", 7),
				OutcomeSource.PORTAL);
		assertThat(errors(qr(later))).as("alone, the required activity name is missing").isNotEmpty();

		Bundle bundle = OutcomeFhir.bundle(List.of(baseline, later), DEFINITIONS::get);
		assertValid(bundle);
		QuestionnaireResponse rated = (QuestionnaireResponse) bundle.getEntry().get(2).getResource();
		assertThat(rated.getItem()).extracting(QuestionnaireResponseItemComponent::getLinkId)
			.containsExactly("activity1_name", "activity1", "activity2_name", "activity2");
		assertThat(item(rated, "activity2_name").getAnswerFirstRep().getValueStringType().getValue()).isEqualTo("Driving");
		assertThat(item(rated, "activity2").getAnswerFirstRep().getValueIntegerType().getValue()).isEqualTo(7);
	}

	@Test
	void rmdqIsTheCountTickedWithEveryItemABoolean() {
		StoredResponse rmdq = stored(5, Instrument.RMDQ, Responses.rmdq(9), OutcomeSource.STAFF);
		assertValid(OutcomeFhir.observation(rmdq));
		assertValid(qr(rmdq));
		assertThat(OutcomeFhir.observation(rmdq).getValueIntegerType().getValue()).isEqualTo(9);
		assertThat(qr(rmdq).getItem()).hasSize(24);
		assertThat(item(qr(rmdq), "q9").getAnswerFirstRep().getValueBooleanType().getValue()).isTrue();
		assertThat(item(qr(rmdq), "q10").getAnswerFirstRep().getValueBooleanType().getValue()).isFalse();
		// placeholder wording ("Item 1") is not exported as if it were the item's text
		assertThat(item(qr(rmdq), "q1").hasText()).isFalse();
	}

	@Test
	void odiWithASkippedSectionAndADoubleTick() {
		// s3 ticked twice (2 and 4: the higher counts), s10 left blank: (1+2+4+3+2+1+0+2+3) / 45 = 40.0
		StoredResponse odi = stored(6, Instrument.ODI, Responses.odi(1, 2, new int[] { 2, 4 }, 3, 2, 1, 0, 2, 3, null),
				OutcomeSource.CLIENT_LINK);
		assertThat(odi.value()).isEqualByComparingTo(new BigDecimal("40.0"));
		Observation observation = OutcomeFhir.observation(odi);
		QuestionnaireResponse answers = qr(odi);
		assertValid(observation);
		assertValid(answers);
		assertThat(observation.getValueQuantity().getValue()).isEqualByComparingTo(new BigDecimal("40.0"));
		Observation.ObservationComponentComponent band = observation.getComponentFirstRep();
		assertThat(band.getCode().getCodingFirstRep().getCode()).isEqualTo("odi-band");
		assertThat(band.getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("moderate");
		assertThat(answers.getItem()).extracting(QuestionnaireResponseItemComponent::getLinkId)
			.containsExactly("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9");
		var doubleTick = item(answers, "s3").getAnswer();
		assertThat(doubleTick).hasSize(1);
		assertThat(doubleTick.get(0).getValueIntegerType().getValue()).isEqualTo(4);
		assertThat(doubleTick.get(0).getExtensionByUrl(OutcomeFhir.DOUBLE_TICK).getValue().primitiveValue()).isEqualTo("2");
		assertThat(item(answers, "s4").getAnswerFirstRep().hasExtension()).isFalse();
	}

	@Test
	void startBackHasTheSubscaleAndRiskGroupAsComponentsAndItem9AsACoding() {
		// agree with 1, 2, 5, 6, 7; item 9 very much: total 6, psychosocial 4: high risk
		StoredResponse startBack = stored(7, Instrument.STARTBACK, Responses.startBack("11001110", "very_much"),
				OutcomeSource.PORTAL);
		Observation observation = OutcomeFhir.observation(startBack);
		QuestionnaireResponse answers = qr(startBack);
		assertValid(observation);
		assertValid(answers);
		assertThat(observation.getValueIntegerType().getValue()).isEqualTo(6);
		assertThat(observation.getComponent()).hasSize(2);
		assertThat(observation.getComponent().get(0).getValueIntegerType().getValue()).isEqualTo(4);
		assertThat(observation.getComponent().get(1).getValueCodeableConcept().getCodingFirstRep().getCode()).isEqualTo("high");
		Coding q9 = item(answers, "q9").getAnswerFirstRep().getValueCoding();
		assertThat(q9.getSystem()).isEqualTo("https://fascia.dev/fhir/CodeSystem/startback-bothersomeness");
		assertThat(q9.getCode()).isEqualTo("very_much");
		assertThat(item(answers, "q3").getAnswerFirstRep().getValueBooleanType().getValue()).isFalse();
	}

	@Test
	void theBundleIsAValidCollectionOfEveryResponseAndItsScore() {
		List<StoredResponse> all = List.of(
				stored(1, Instrument.NPRS, Responses.of("pain", 7), OutcomeSource.CLIENT_LINK),
				stored(6, Instrument.ODI, Responses.odi(1, 2, new int[] { 2, 4 }, 3, 2, 1, 0, 2, 3, null),
						OutcomeSource.CLIENT_LINK),
				stored(7, Instrument.STARTBACK, Responses.startBack("11001110", "very_much"), OutcomeSource.PORTAL));
		Bundle bundle = OutcomeFhir.bundle(all, DEFINITIONS::get);
		assertValid(bundle);
		assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
		assertThat(bundle.getEntry()).extracting(e -> e.getResource().fhirType())
			.containsExactly("QuestionnaireResponse", "Observation", "QuestionnaireResponse", "Observation",
					"QuestionnaireResponse", "Observation");
		String json = OutcomeFhir.json(bundle);
		Bundle read = OutcomeFhir.R4.newJsonParser().parseResource(Bundle.class, json);
		assertThat(read.getEntry()).hasSize(6);
		assertValid(read);
	}

	@Test
	void theInstrumentsQuestionnaireFilesAreValidR4Questionnaires() {
		for (Instrument instrument : Instrument.values()) {
			Questionnaire questionnaire = FhirValidation.questionnaire(instrument);
			assertValid(questionnaire);
			assertThat(questionnaire.getUrl()).isEqualTo(DEFINITIONS.get(instrument).url());
			assertThat(questionnaire.getVersion()).isEqualTo(DEFINITIONS.get(instrument).version());
		}
		// the export's code system for STarT Back item 9 is the one the Questionnaire offers
		Questionnaire startBack = FhirValidation.questionnaire(Instrument.STARTBACK);
		assertThat(startBack.getItem().get(8).getAnswerOption()).allSatisfy(option -> assertThat(
				option.getValueCoding().getSystem()).isEqualTo(OutcomeFhir.BOTHERSOMENESS_SYSTEM));
	}

	@Test
	void theValidatorFailsABrokenObservation() {
		Observation noStatus = OutcomeFhir.observation(stored(1, Instrument.NPRS, Responses.of("pain", 7),
				OutcomeSource.CLIENT_LINK));
		noStatus.setStatus(null);
		assertThat(errors(noStatus)).extracting(m -> m.getMessage()).anyMatch(m -> m.contains("status"));

		Observation noCode = OutcomeFhir.observation(stored(1, Instrument.NPRS, Responses.of("pain", 7),
				OutcomeSource.CLIENT_LINK));
		noCode.setCode(null);
		assertThat(errors(noCode)).isNotEmpty();
	}

	@Test
	void theValidatorChecksAnswersAgainstTheQuestionnaire() {
		QuestionnaireResponse wrongType = qr(stored(1, Instrument.NPRS, Responses.of("pain", 7), OutcomeSource.CLIENT_LINK));
		wrongType.getItemFirstRep().getAnswerFirstRep().setValue(new StringType("seven"));
		assertThat(errors(wrongType)).as(FhirValidation.describe(FhirValidation.validate(wrongType))).isNotEmpty();

		QuestionnaireResponse unknownCode = qr(stored(7, Instrument.STARTBACK, Responses.startBack("11001110", "very_much"),
				OutcomeSource.PORTAL));
		item(unknownCode, "q9").getAnswerFirstRep().setValue(new Coding(OutcomeFhir.BOTHERSOMENESS_SYSTEM, "somewhat", null));
		assertThat(errors(unknownCode)).as(FhirValidation.describe(FhirValidation.validate(unknownCode))).isNotEmpty();

		QuestionnaireResponse missingRequired = qr(stored(5, Instrument.RMDQ, Responses.rmdq(9), OutcomeSource.STAFF));
		missingRequired.getItem().remove(0);
		assertThat(errors(missingRequired)).as(FhirValidation.describe(FhirValidation.validate(missingRequired)))
			.isNotEmpty();
	}

}
