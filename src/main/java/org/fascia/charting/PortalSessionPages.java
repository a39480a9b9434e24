package org.fascia.charting;

import java.time.Instant;
import java.util.List;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.clients.Family;
import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
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

	private final Family family;

	private final AuditLog audit;

	private final TreatmentLog log;

	private final Words words;

	PortalSessionPages(SessionNotes notes, SessionAppointments appointments, Family family, AuditLog audit,
			TreatmentLog log, Words words) {
		this.log = log;
		this.notes = notes;
		this.appointments = appointments;
		this.family = family;
		this.audit = audit;
		this.words = words;
	}

	/** What the client reads of one session. */
	public record Summary(Instant start, String therapist, String service, String summary, List<BodyRegion> regions) {
	}

	@GetMapping("/portal/sessions")
	String sessions(@AuthenticationPrincipal FasciaUser user, Model model) {
		long clientId = family.actingFor(user.id())
			.orElseThrow(() -> ApiProblem.notFound(words.text("charting.problem.noClientRecord")));
		// The client's appointments and the regions worked, each read once for the whole list; a session without
		// a log shows the note's findings.
		java.util.Map<Long, SessionAppointment> own = appointments.ofClient(clientId);
		java.util.Map<Long, List<BodyRegion>> worked = log.regionsWorked(clientId);
		List<Summary> summaries = notes.notesOf(clientId)
			.stream()
			.filter(SessionNote::signed)
			.filter(n -> own.containsKey(n.appointmentId()))
			.map(n -> {
				SessionAppointment a = own.get(n.appointmentId());
				List<BodyRegion> regions = worked.getOrDefault(n.appointmentId(), n.content().findingRegions());
				return new Summary(a.start(), a.therapistName(), a.serviceName(), n.clientSummaryNow(), regions);
			})
			.toList();
		audit.record("NOTE_SUMMARIES_READ", "client", clientId, AuditOutcome.SUCCESS,
				summaries.size() + " session summaries, by the client");
		model.addAttribute("summaries", summaries);
		return "charting/portal-sessions";
	}

}
