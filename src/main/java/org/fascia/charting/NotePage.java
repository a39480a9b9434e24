package org.fascia.charting;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.fascia.care.Consultations;
import org.fascia.clinic.ClinicSettings;
import org.fascia.identity.FasciaUser;
import org.fascia.intake.IntakeResponses;
import org.fascia.platform.Words;
import org.fascia.screening.TreatmentReadiness;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the note page's model: what to check before the session (screening cautions, treatment
 * readiness, the slot for pressure preference and "too much" history), the note or the form with the
 * service's starter text, the previous session's note of the client, and the choices of the form.
 */
@Component
class NotePage {

	static final String VIEW = "charting/note";

	private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

	private final SessionNotes notes;

	private final SessionAppointments appointments;

	private final NoteTemplates templates;

	private final TreatmentReadiness readiness;

	private final ClinicSettings settings;

	private final Consultations consultations;

	private final TreatmentLogPanel logPanel;

	private final FollowUps followUps;

	private final IntakeResponses intake;

	private final org.fascia.outcomes.OutcomeResponses outcomes;

	private final Words words;

	NotePage(SessionNotes notes, SessionAppointments appointments, NoteTemplates templates,
			TreatmentReadiness readiness, ClinicSettings settings, Consultations consultations,
			TreatmentLogPanel logPanel, FollowUps followUps, IntakeResponses intake,
			org.fascia.outcomes.OutcomeResponses outcomes, Words words) {
		this.words = words;
		this.outcomes = outcomes;
		this.intake = intake;
		this.consultations = consultations;
		this.logPanel = logPanel;
		this.followUps = followUps;
		this.notes = notes;
		this.appointments = appointments;
		this.templates = templates;
		this.readiness = readiness;
		this.settings = settings;
	}

	/**
	 * @param form what to show in the form (null: the stored note, or the service's starter text)
	 * @param version the version the form was read at (null: the stored note's)
	 */
	String fill(Model model, FasciaUser user, SessionAppointment appointment, NoteForm form, Integer version,
			Map<String, String> errors, String problem) {
		Optional<SessionNote> note = notes.read(appointment.id());
		// the NPRS the client gave on their phone before the visit: shown, and the new note's pain starts from it
		org.fascia.outcomes.StoredResponse clientPain = outcomes.visitScore(appointment.id(), org.fascia.outcomes.Instrument.NPRS)
			.orElse(null);
		NoteForm shown = form != null ? form
				: note.map(n -> NoteForm.of(n.content()))
					.orElseGet(() -> NoteForm.of(NoteContent.starter(templates.of(appointment.serviceId()).template())
						.withPainToday(clientPain == null ? null : clientPain.value().intValue())));
		model.addAttribute("clientPain", clientPain);
		model.addAttribute("clientPainAt", clientPain == null ? null : java.time.format.DateTimeFormatter
			.ofPattern("EEE d MMM, HH:mm", java.util.Locale.UK).format(clientPain.takenAt().atZone(settings.zone())));
		// The treatment and comfort log of this session (its own form, below the note's; read-only once signed):
		// it reads the cautions and the earlier logs once, for itself and for the top of the note.
		TreatmentLogPanel.View log = logPanel.addTo(model, appointment.id(), user, NewEntry.blank(), Map.of(),
				(String) model.asMap().get("logRefusal"), (String) model.asMap().get("logMessage"));
		model.addAttribute("embedded", true);
		model.addAttribute("appointment", appointment);
		model.addAttribute("note", note.orElse(null));
		model.addAttribute("form", shown);
		model.addAttribute("version", version != null ? version : note.map(SessionNote::version).orElse(0));
		model.addAttribute("errors", errors == null ? Map.of() : errors);
		model.addAttribute("problem", problem);
		model.addAttribute("cautions", log.cautions());
		model.addAttribute("readiness", readiness(appointment));
		model.addAttribute("healthCheckUrl", "/calendar/appointments/" + appointment.id() + "/health-check");
		// The top of the note: the client's pressure preference (the latest consultation), what was too much in
		// earlier sessions (their treatment logs), and what the client said after the last session.
		model.addAttribute("pressurePreference", pressurePreference(appointment.clientId()));
		model.addAttribute("tooMuchHistory", log.tooMuch());
		model.addAttribute("followUp", followUps.latestAnswered(appointment.clientId()).orElse(null));
		Optional<SessionNote> previous = notes.previous(appointment);
		model.addAttribute("previous", previous.orElse(null));
		model.addAttribute("previousAppointment",
				previous.flatMap(p -> appointments.find(p.appointmentId())).orElse(null));
		model.addAttribute("painScale", IntStream.rangeClosed(0, 10).boxed().toList());
		model.addAttribute("responses", ResponseSinceLast.values());
		model.addAttribute("sections", NoteSection.values());
		model.addAttribute("sectionOf", java.util.Arrays.stream(NoteSection.values())
			.collect(java.util.stream.Collectors.toMap(NoteSection::name, s -> s)));
		return VIEW;
	}

	/**
	 * The pressure the client prefers: from the latest consultation, or else as the client answered it in
	 * the intake ("What pressure do you usually like?").
	 */
	String pressurePreference(long clientId) {
		return consultations.latestConsultation(clientId)
			.map(c -> words.text("charting.note.pressure.consultation", c.pressureText(words)))
			.orElseGet(() -> intake.latestSubmitted(clientId)
				.map(r -> intake.answers(r.id()).get("pressure_preference"))
				.map(Object::toString)
				.filter(v -> !"unsure".equals(v))
				.map(v -> words.text("charting.note.pressure.intake", v))
				.orElse(null));
	}

	TreatmentReadiness.Readiness readiness(SessionAppointment appointment) {
		return readiness.forAppointment(appointment.clientId(), appointment.id(), appointment.treatment(),
				appointment.start().atZone(settings.zone()).toLocalDate(),
				appointments.previousTreatmentStart(appointment).orElse(null));
	}

	/** Whether "Has anything about your health changed?" was answered for the appointment (or it needs none). */
	boolean healthCheckRecorded(SessionAppointment appointment) {
		return !appointment.treatment() || readiness(appointment).healthCheck().isPresent();
	}

	/** When the note was last saved, "14:02" in the clinic's time (for "Saved at 14:02"). */
	String savedTime(SessionNote note) {
		LocalTime time = note.updatedAt().atZone(settings.zone()).toLocalTime();
		return HOUR_MINUTE.format(time);
	}

}
