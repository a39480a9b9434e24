package org.fascia.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.clinic.ServiceKind;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The booking gate the booking module asks before a treatment is booked or started: the client's
 * current screening and clearances on record, judged by {@link TreatmentGate}. A refusal is audited
 * (it discloses the decision); an allowed check discloses nothing clinical and is not.
 */
@Service
public class ScreeningGate {

	private final ScreeningRecords screenings;

	private final Clearances clearances;

	private final AuditLog audit;

	private final ScreeningWords words;

	ScreeningGate(ScreeningRecords screenings, Clearances clearances, AuditLog audit, Words words) {
		this.screenings = screenings;
		this.clearances = clearances;
		this.audit = audit;
		this.words = new ScreeningWords(words);
	}

	/**
	 * May the client be booked for a treatment (or a consultation) on this clinic-local date?
	 * @param treatment true for a TREATMENT service, false for a CONSULTATION
	 */
	@Transactional(readOnly = true)
	public GateDecision check(long clientId, boolean treatment, LocalDate onDate) {
		return check(clientId, treatment ? ServiceKind.TREATMENT : ServiceKind.CONSULTATION, onDate);
	}

	@Transactional(readOnly = true)
	public GateDecision check(long clientId, ServiceKind kind, LocalDate onDate) {
		Optional<ScreeningResult> current = screenings.latest(clientId).map(StoredScreening::result);
		List<Clearance> onRecord = current.isPresent() && current.get().decision() == Decision.NEEDS_CLEARANCE
				? clearances.list(clientId) : List.of();
		GateDecision decision = TreatmentGate.decide(current, onRecord, kind, onDate, words);
		if (!decision.allowed()) {
			audit.record("SCREENING_GATE_REFUSED", "client", clientId, AuditOutcome.SUCCESS,
					kind + " on " + onDate + ": " + decision.decision()
							+ (decision.uncoveredRules().isEmpty() ? ""
									: ", not cleared: " + String.join(", ", decision.uncoveredRules())));
		}
		return decision;
	}

	/**
	 * The API's answer to a refused booking: 409 problem+json whose detail is the first reason, with
	 * {@code decision}, {@code reasons} and {@code overridable} (owner only, with a reason).
	 * @throws IllegalArgumentException for an allowed decision
	 */
	public ApiProblem refusal(GateDecision decision) {
		if (decision.allowed()) {
			throw new IllegalArgumentException("the gate allowed this booking");
		}
		return ApiProblem.conflict(decision.reasons().get(0))
			.with("decision", decision.decision().name())
			.with("reasons", decision.reasons())
			.with("overridable", decision.overridable())
			.with("uncoveredRules", decision.uncoveredRules());
	}

}
