package org.fascia.screening;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.fascia.clinic.ServiceKind;
import org.fascia.intake.Consents;
import org.fascia.intake.IntakeResponses;
import org.fascia.intake.IntakeSubmitted;
import org.fascia.platform.Words;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What is still to do before a client's treatment: the intake form, current consent, a screening that
 * allows treatment on the day, and (from the second treatment visit after the latest full intake on)
 * the answer to "Has anything about your health changed since your last visit?" for this appointment.
 * The appointment panel shows it; the session page asks it before a session starts.
 */
@Service
public class TreatmentReadiness {

	/** One thing still to do; {@link Readiness#summary()} says them in words staff read aloud at the desk. */
	public enum Todo {

		INTAKE, CONSENT, SCREENING, RESCREEN

	}

	/**
	 * Where one appointment stands.
	 * @param treatment whether it is a treatment (a consultation needs none of this)
	 * @param todo what is still to do, in order; empty when ready
	 * @param gate the screening gate's decision for a treatment on the day
	 * @param healthCheck the health-change answer given for this appointment, if any
	 * @param summary what is still to do in words, e.g. "intake form, consent, re-screen needed"; empty when ready
	 */
	public record Readiness(boolean treatment, List<Todo> todo, GateDecision gate,
			Optional<IntakeResponses.HealthCheck> healthCheck, String summary) {

		public Readiness {
			todo = List.copyOf(todo);
		}

		public boolean ready() {
			return todo.isEmpty();
		}

		public boolean reScreenNeeded() {
			return todo.contains(Todo.RESCREEN);
		}

		public boolean intakeMissing() {
			return todo.contains(Todo.INTAKE);
		}

		public boolean screeningBlocks() {
			return todo.contains(Todo.SCREENING);
		}

		/** The plain reasons the screening blocks treatment (empty when it does not). */
		public List<String> screeningReasons() {
			return gate == null || gate.allowed() ? List.of() : gate.reasons();
		}

	}

	private final IntakeResponses intake;

	private final Consents consents;

	private final ScreeningGate gate;

	private final org.springframework.beans.factory.ObjectProvider<ReScreenSignals> signals;

	private final Words words;

	TreatmentReadiness(IntakeResponses intake, Consents consents, ScreeningGate gate,
			org.springframework.beans.factory.ObjectProvider<ReScreenSignals> signals, Words words) {
		this.signals = signals;
		this.intake = intake;
		this.consents = consents;
		this.gate = gate;
		this.words = words;
	}

	/**
	 * @param treatment whether the appointment is a treatment
	 * @param date its clinic-local date
	 * @param previousTreatmentStart the start of the client's latest earlier treatment visit (booked or
	 * completed), or null when this is the first
	 */
	@Transactional(readOnly = true)
	public Readiness forAppointment(long clientId, long appointmentId, boolean treatment, LocalDate date,
			Instant previousTreatmentStart) {
		if (!treatment) {
			return new Readiness(false, List.of(), null, Optional.empty(), "");
		}
		List<Todo> todo = new ArrayList<>();
		Optional<Instant> intakeAt = intake.history(clientId).stream()
			.filter(s -> s.kind() == IntakeSubmitted.Kind.INTAKE)
			.map(IntakeResponses.Summary::submittedAt)
			.findFirst();
		if (intakeAt.isEmpty()) {
			todo.add(Todo.INTAKE);
		}
		if (!consents.hasCurrentConsent(clientId)) {
			todo.add(Todo.CONSENT);
		}
		GateDecision decision = gate.check(clientId, ServiceKind.TREATMENT, date);
		if (!decision.allowed()) {
			todo.add(Todo.SCREENING);
		}
		Optional<IntakeResponses.HealthCheck> check = intake.healthCheckFor(appointmentId);
		if (intakeAt.isPresent() && previousTreatmentStart != null && previousTreatmentStart.isAfter(intakeAt.get())
				&& check.isEmpty()) {
			todo.add(Todo.RESCREEN);
		}
		// worse than the baseline by the MCID (OUTCOMES.md: stop, re-screen) since this visit's health check, if any
		Optional<Instant> worse = signals.orderedStream().map(s -> s.worseAt(clientId)).flatMap(Optional::stream)
			.max(Instant::compareTo);
		if (worse.isPresent() && !todo.contains(Todo.RESCREEN)
				&& (check.isEmpty() || check.get().checkedAt().isBefore(worse.get()))) {
			todo.add(Todo.RESCREEN);
		}
		return new Readiness(true, todo, decision, check, String.join(", ", todo.stream().map(this::label).toList()));
	}

	/** One thing to do in words staff read aloud at the desk. */
	private String label(Todo todo) {
		return switch (todo) {
			case INTAKE -> words.text("screening.readiness.INTAKE");
			case CONSENT -> words.text("screening.readiness.CONSENT");
			case SCREENING -> words.text("screening.readiness.SCREENING");
			case RESCREEN -> words.text("screening.readiness.RESCREEN");
		};
	}

	/** Whether the client still has to fill in the intake or sign consent (the booking confirmation says so). */
	@Transactional(readOnly = true)
	public boolean intakeOrConsentMissing(long clientId) {
		return intake.latestSubmitted(clientId).isEmpty() || !consents.hasCurrentConsent(clientId);
	}

}
