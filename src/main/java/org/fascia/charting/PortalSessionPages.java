package org.fascia.charting;

import java.time.Instant;
import java.util.List;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.clients.ClientDirectory;
import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The client's own sessions in the portal: for each signed note, the date, the therapist, the plain
 * summary written for the client (as amended) and the regions worked (from the treatment log), by their plain names. Never the
 * therapist's working notes (S, O, A, P), never a draft, never another client's.
 */
@Controller
class PortalSessionPages {

	private final SessionNotes notes;

	private final SessionAppointments appointments;

	private final ClientDirectory clients;

	private final AuditLog audit;

	private final TreatmentLog log;

	PortalSessionPages(SessionNotes notes, SessionAppointments appointments, ClientDirectory clients, AuditLog audit,
			TreatmentLog log) {
		this.log = log;
		this.notes = notes;
		this.appointments = appointments;
		this.clients = clients;
		this.audit = audit;
	}

	/** What the client reads of one session. */
	public record Summary(Instant start, String therapist, String service, String summary, List<String> regions) {
	}

	/** The regions the treatment log says were worked; a session without a log shows the note's findings. */
	private List<BodyRegion> worked(SessionNote note) {
		List<BodyRegion> worked = log.regionsWorked(note.appointmentId());
		return worked.isEmpty() ? note.content().findingRegions() : worked;
	}

	@GetMapping("/portal/sessions")
	String sessions(@AuthenticationPrincipal FasciaUser user, Model model) {
		long clientId = clients.idForUser(user.id())
			.orElseThrow(() -> ApiProblem.notFound("There is no client record for this account."));
		List<Summary> summaries = notes.notesOf(clientId)
			.stream()
			.filter(SessionNote::signed)
			.flatMap(n -> appointments.find(n.appointmentId())
				.filter(a -> a.clientId() == clientId)
				.map(a -> new Summary(a.start(), a.therapistName(), a.serviceName(), n.clientSummaryNow(),
						worked(n).stream().map(BodyRegion::plainName).toList()))
				.stream())
			.toList();
		audit.record("NOTE_SUMMARIES_READ", "client", clientId, AuditOutcome.SUCCESS,
				summaries.size() + " session summaries, by the client");
		model.addAttribute("summaries", summaries);
		return "charting/portal-sessions";
	}

}
