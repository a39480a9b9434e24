package org.fascia.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;

/**
 * HAPI's FHIR R4 validator, offline: the core profiles and value sets from the validation-resources jar, in-memory
 * terminology and the common code systems (UCUM, languages, …), and the built-in instrument Questionnaires, so a
 * QuestionnaireResponse is also checked against its Questionnaire (item types, answer codes, required items).
 * Built once (loading the core definitions takes seconds).
 */
final class FhirValidation {

	private static final FhirContext R4 = OutcomeFhir.R4;

	private static final FhirValidator VALIDATOR = build();

	private FhirValidation() {
	}

	private static FhirValidator build() {
		ValidationSupportChain chain = new ValidationSupportChain(new DefaultProfileValidationSupport(R4),
				new InMemoryTerminologyServerValidationSupport(R4), new CommonCodeSystemsTerminologyService(R4),
				new Questionnaires());
		FhirInstanceValidator module = new FhirInstanceValidator(chain);
		return R4.newValidator().registerValidatorModule(module);
	}

	/**
	 * Serves the built-in Questionnaires by canonical URL, with or without {@code |version}, as a FHIR server
	 * would (HAPI's PrePopulatedValidationSupport keeps only conformance resources).
	 */
	private static final class Questionnaires implements IValidationSupport {

		private final java.util.Map<String, Questionnaire> byUrl = new java.util.HashMap<>();

		Questionnaires() {
			for (Questionnaire questionnaire : builtInQuestionnaires()) {
				byUrl.put(questionnaire.getUrl(), questionnaire);
				byUrl.put(questionnaire.getUrl() + "|" + questionnaire.getVersion(), questionnaire);
			}
		}

		@Override
		public FhirContext getFhirContext() {
			return R4;
		}

		@Override
		public String getName() {
			return "Fascia instrument Questionnaires";
		}

		@Override
		public <T extends IBaseResource> T fetchResource(Class<T> type, String url) {
			Questionnaire questionnaire = byUrl.get(url);
			if (questionnaire == null || (type != null && !type.isInstance(questionnaire))) {
				return null;
			}
			return type == null ? null : type.cast(questionnaire);
		}

	}

	/** The instruments' definition files as HAPI R4 Questionnaires. */
	static List<Questionnaire> builtInQuestionnaires() {
		return java.util.Arrays.stream(Instrument.values()).map(FhirValidation::questionnaire).toList();
	}

	static Questionnaire questionnaire(Instrument instrument) {
		try (var in = FhirValidation.class.getResourceAsStream("/instruments/" + instrument.file())) {
			return R4.newJsonParser().parseResource(Questionnaire.class, in);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static ValidationResult validate(IBaseResource resource) {
		return VALIDATOR.validateWithResult(resource);
	}

	/** The ERROR and FATAL messages of validating the resource. */
	static List<SingleValidationMessage> errors(IBaseResource resource) {
		return validate(resource).getMessages().stream()
			.filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
			.toList();
	}

	/** Asserts the resource validates with no ERROR or FATAL message, printing every message otherwise. */
	static void assertValid(IBaseResource resource) {
		ValidationResult result = validate(resource);
		List<SingleValidationMessage> errors = result.getMessages().stream()
			.filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
			.toList();
		assertThat(errors).as("validation errors of %s:%n%s%n%s", resource.fhirType(), describe(result),
				R4.newJsonParser().setPrettyPrint(true).encodeResourceToString(resource)).isEmpty();
	}

	static String describe(ValidationResult result) {
		StringBuilder text = new StringBuilder();
		for (SingleValidationMessage m : result.getMessages()) {
			text.append(m.getSeverity()).append(' ').append(m.getLocationString()).append(": ").append(m.getMessage())
				.append('\n');
		}
		return text.toString();
	}

}
