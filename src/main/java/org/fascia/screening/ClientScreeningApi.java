package org.fascia.screening;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.fascia.clients.ClientDirectory;
import org.fascia.clinic.ClinicTime;
import org.fascia.clinic.ServiceKind;
import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;

/**
 * A client's screening through the API, for staff programs:
 * <ul>
 * <li>{@code POST /api/v1/clients/{id}/intake} stores an intake response (source API) and answers 201 with
 * the screening it got, in the shape of {@code POST /api/v1/screening/evaluate} plus the ids;</li>
 * <li>{@code GET /api/v1/clients/{id}/screening} the current screening, the clearances valid today and
 * whether a treatment can be booked today; 404 with a problem body while the client has none.</li>
 * </ul>
 */
@RestController
class ClientScreeningApi {

	private final ApiIntakes intakes;

	private final ScreeningRecords records;

	private final Clearances clearances;

	private final ScreeningGate gate;

	private final ClientDirectory clients;

	private final ClinicTime clinicTime;

	private final Words words;

	ClientScreeningApi(ApiIntakes intakes, ScreeningRecords records, Clearances clearances, ScreeningGate gate,
			ClientDirectory clients, ClinicTime clinicTime, Words words) {
		this.intakes = intakes;
		this.records = records;
		this.clearances = clearances;
		this.gate = gate;
		this.clients = clients;
		this.clinicTime = clinicTime;
		this.words = words;
	}

	/**
	 * @param id the stored intake response
	 * @param screeningId the screening stored for it
	 * @param review contradictory answers to check with the client (screened as given)
	 * @param reviewFlags the review flags stored with the response (answers to questions that do not apply)
	 */
	record SubmittedIntake(long id, long screeningId, Decision decision, ReferralAdvice referralAdvice,
			List<Caution> cautions, List<Finding> findings, List<ReviewNote> review, List<String> reviewFlags,
			String rulesVersion) {
	}

	/** A clearance that holds today; {@code expiresOn} null means it does not expire. */
	record ValidClearance(long id, String physicianName, String practice, LocalDate clearedOn, LocalDate expiresOn,
			String restrictions, Set<String> rules) {
	}

	/**
	 * @param responseId the intake response it was evaluated from, or null
	 * @param treatmentAllowedToday whether a treatment can be booked for today (the booking gate)
	 * @param reasons why not, in plain words (empty when allowed)
	 */
	record CurrentScreening(long id, Instant createdAt, ScreeningKind kind, Decision decision,
			ReferralAdvice referralAdvice, List<Caution> cautions, List<Finding> findings, String rulesVersion,
			Long responseId, boolean staffEntered, List<ValidClearance> clearances, boolean treatmentAllowedToday,
			List<String> reasons) {
	}

	@PostMapping("/api/v1/clients/{id}/intake")
	ResponseEntity<SubmittedIntake> submit(@PathVariable long id, @RequestBody JsonNode body,
			@AuthenticationPrincipal FasciaUser user) {
		ApiIntakes.Submitted submitted = intakes.submit(id, ScreeningApi.answersOf(body, words),
				user == null ? null : user.id());
		StoredScreening stored = submitted.screening();
		ScreeningResult result = stored.result();
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/screening"))
			.body(new SubmittedIntake(submitted.responseId(), stored.id(), result.decision(), result.referralAdvice(),
					result.cautions(), result.findings(), submitted.review(), submitted.reviewFlags(),
					stored.rulesVersion()));
	}

	@GetMapping("/api/v1/clients/{id}/screening")
	CurrentScreening current(@PathVariable long id) {
		if (!clients.exists(id)) {
			throw ApiProblem.notFound(words.text("screening.problem.noClient", String.valueOf(id)));
		}
		StoredScreening current = records.current(id)
			.orElseThrow(() -> ApiProblem.notFound(words.text("screening.problem.noScreening", String.valueOf(id)))
				.with("clientId", id));
		LocalDate today = clinicTime.today();
		List<ValidClearance> valid = clearances.forClient(id)
			.stream()
			.filter(c -> c.validOn(today))
			.map(c -> new ValidClearance(c.id(), c.physicianName(), c.practice(), c.clearedOn(), c.expiresOn(),
					c.restrictions(), c.rules()))
			.toList();
		GateDecision treatment = gate.check(id, ServiceKind.TREATMENT, today);
		ScreeningResult result = current.result();
		return new CurrentScreening(current.id(), current.createdAt(), current.kind(), result.decision(),
				result.referralAdvice(), result.cautions(), result.findings(), current.rulesVersion(),
				current.responseId(), current.staffEntered(), valid, treatment.allowed(), treatment.reasons());
	}

}
