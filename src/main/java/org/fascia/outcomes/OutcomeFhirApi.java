package org.fascia.outcomes;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.fascia.identity.FasciaUser;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/clients/{clientId}/outcomes/fhir}: every stored outcome measure of a client as a FHIR R4
 * {@code Bundle} of type collection ({@code application/fhir+json}), a QuestionnaireResponse and an Observation per
 * response ({@link OutcomeFhir}). The owner, or a therapist who treats the client ({@link OutcomeAccess}); unknown
 * client 404. The read is audited ({@code OUTCOME_READ}), a refusal too ({@code OUTCOME_ACCESS_DENIED}).
 */
@RestController
class OutcomeFhirApi {

	private static final MediaType FHIR_JSON = MediaType.parseMediaType(OutcomeFhir.JSON);

	private final OutcomeResponses responses;

	private final InstrumentLibrary library;

	private final OutcomeAccess access;

	OutcomeFhirApi(OutcomeResponses responses, InstrumentLibrary library, OutcomeAccess access) {
		this.responses = responses;
		this.library = library;
		this.access = access;
	}

	@GetMapping("/api/v1/clients/{clientId}/outcomes/fhir")
	ResponseEntity<String> export(@PathVariable long clientId, @AuthenticationPrincipal FasciaUser user) {
		access.checkStaff(user, clientId);
		List<StoredResponse> stored = responses.forClient(clientId);
		Map<Instrument, InstrumentDefinition> definitions = new EnumMap<>(Instrument.class);
		String json = OutcomeFhir.json(OutcomeFhir.bundle(stored,
				instrument -> definitions.computeIfAbsent(instrument, library::definition)));
		return ResponseEntity.ok().contentType(FHIR_JSON).body(json);
	}

}
