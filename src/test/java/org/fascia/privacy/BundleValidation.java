package org.fascia.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.fascia.outcomes.OutcomeFhir;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Questionnaire;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;

/**
 * HAPI's FHIR R4 validator offline, as the outcomes tests build it (core profiles, in-memory terminology, common
 * code systems, and the built-in instrument Questionnaires found on the class path under {@code instruments/}).
 */
final class BundleValidation {

	private static final FhirContext R4 = OutcomeFhir.R4;

	private static final FhirValidator VALIDATOR = R4.newValidator()
		.registerValidatorModule(new FhirInstanceValidator(new ValidationSupportChain(new DefaultProfileValidationSupport(R4),
				new InMemoryTerminologyServerValidationSupport(R4), new CommonCodeSystemsTerminologyService(R4),
				new Questionnaires())));

	private BundleValidation() {
	}

	static void assertValid(IBaseResource resource) {
		ValidationResult result = VALIDATOR.validateWithResult(resource);
		List<SingleValidationMessage> errors = result.getMessages().stream()
			.filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
			.toList();
		StringBuilder text = new StringBuilder();
		errors.forEach(m -> text.append(m.getLocationString()).append(": ").append(m.getMessage()).append('\n'));
		assertThat(errors).as("validation errors:%n%s", text).isEmpty();
	}

	private static final class Questionnaires implements IValidationSupport {

		private final Map<String, Questionnaire> byUrl = new HashMap<>();

		Questionnaires() {
			try {
				for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:/instruments/*.json")) {
					try (InputStream in = file.getInputStream()) {
						String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
						if (!json.contains("\"Questionnaire\"")) {
							continue;
						}
						Questionnaire q = R4.newJsonParser().parseResource(Questionnaire.class, json);
						byUrl.put(q.getUrl(), q);
						byUrl.put(q.getUrl() + "|" + q.getVersion(), q);
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
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
			Questionnaire q = byUrl.get(url);
			return q == null || type == null || !type.isInstance(q) ? null : type.cast(q);
		}

	}

}
