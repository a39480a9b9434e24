package org.fascia.charting;

import java.time.Clock;
import java.util.List;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The therapist's to-do list: session notes still missing or unsigned 48 hours after the appointment's
 * start ({@link UnsignedNotes}), and follow-ups of the last 14 days whose answer needs a look; a therapist
 * sees their own, the owner everyone's; and outcome questionnaires the client missed after the re-sent link.
 */
@Controller
class TodoPages {

	private final SessionAppointments appointments;

	private final AuditLog audit;

	private final Clock clock;

	private final FollowUps followUps;

	private final org.fascia.outcomes.OutcomeRequests outcomes;

	TodoPages(SessionAppointments appointments, AuditLog audit, Clock clock, FollowUps followUps,
			org.fascia.outcomes.OutcomeRequests outcomes) {
		this.outcomes = outcomes;
		this.followUps = followUps;
		this.appointments = appointments;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/todo")
	String todo(@AuthenticationPrincipal FasciaUser user, Model model) {
		boolean owner = user.role() == Role.OWNER;
		List<SessionAppointments.Overdue> overdue = appointments.overdue(UnsignedNotes.startedBy(clock.instant()),
				owner ? null : user.id());
		audit.record("NOTE_TODO_READ", "user", user.id(), AuditOutcome.SUCCESS, overdue.size() + " overdue note(s)");
		model.addAttribute("overdue", overdue);
		model.addAttribute("everyone", owner);
		model.addAttribute("followUps", followUps.needingAttention(owner ? null : user.id()));
		model.addAttribute("missedRounds", outcomes.missed(owner ? null : user.id()));
		return "charting/todo";
	}

}
