package org.fascia.charting;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.fascia.identity.FasciaUser;
import org.fascia.platform.Words;
import org.fascia.screening.Caution;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model for the treatment-log panel ({@code templates/charting/treatment-log.html :: panel}), so
 * the log can sit on its own page or inside the session note: the client's cautions and the pressure limits
 * they imply, the "too much" history of earlier sessions, the form, and the entries so far with the regions
 * worked. Everything is in one model attribute, {@code treatmentLog}, so it clashes with nothing on the host
 * page. Access is checked (and reads audited) by {@link TreatmentLog}.
 */
@Component
public class TreatmentLogPanel {

	/** The model attribute the panel reads. */
	public static final String ATTRIBUTE = "treatmentLog";

	/** Everything the panel shows. */
	public record View(SessionAppointment appointment, List<Caution> cautions, List<PressureLimits.Limit> limits,
			List<TreatmentEntry> tooMuch, List<LoggedEntry> entries, Set<String> worked, boolean locked, NewEntry form,
			Map<String, String> errors, String refusal, String message, List<Technique> techniques,
			List<Comfort> comforts) {

		public String action() {
			return "/appointments/" + appointment.id() + "/treatment-log";
		}

		public String error(String field) {
			return errors.get(field);
		}

	}

	private final TreatmentLog log;

	private final NoteAccess access;

	private final Words words;

	TreatmentLogPanel(TreatmentLog log, NoteAccess access, Words words) {
		this.log = log;
		this.access = access;
		this.words = words;
	}

	/**
	 * Adds the panel for an empty form.
	 * @throws org.fascia.platform.ApiProblem 404 unknown appointment, 403 not allowed
	 */
	public View addTo(Model model, long appointmentId, FasciaUser user) {
		return addTo(model, appointmentId, user, NewEntry.blank(), Map.of(), null, null);
	}

	/** Adds the panel again after a post: the form as sent, its errors or refusal, or a success message. */
	public View addTo(Model model, long appointmentId, FasciaUser user, NewEntry form, Map<String, String> errors,
			String refusal, String message) {
		SessionAppointment appointment = access.check(user, appointmentId, NoteAccess.Area.TREATMENT_LOG);
		List<Caution> cautions = log.currentCautions(appointment.clientId());
		List<LoggedEntry> entries = log.entries(appointmentId, user);
		List<LoggedEntry> earlier = log.earlierEntries(appointment.clientId(), appointmentId, user);
		Set<String> worked = new LinkedHashSet<>();
		entries.forEach(e -> worked.add(e.region().code()));
		View view = new View(appointment, cautions,
				PressureLimits.of(cautions, log.lastSessionMax(appointment.clientId(), appointment.start()), words),
				ComfortHistory.tooMuch(earlier.stream().map(LoggedEntry::entry).toList()), entries, worked,
				log.lockedFor(appointmentId), form, errors, refusal, message, List.of(Technique.values()),
				List.of(Comfort.values()));
		model.addAttribute(ATTRIBUTE, view);
		return view;
	}

}
