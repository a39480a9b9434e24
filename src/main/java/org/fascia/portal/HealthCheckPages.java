package org.fascia.portal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.fascia.booking.AppointmentView;
import org.fascia.booking.ClientAppointments;
import org.fascia.clients.Family;
import org.fascia.identity.FasciaUser;
import org.fascia.intake.IntakeResponses;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.fascia.screening.ClientScreenings;
import org.fascia.screening.Decision;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Has anything about your health changed since your last visit?" for one of the client's own
 * appointments (another's, or an unknown one, is a 404). No: the answer is recorded. Yes: the changed
 * answers are stored and screened again; a decision more restrictive than before leads to the screening
 * page (an emergency page straight away), anything else back to the portal.
 */
@Controller
class HealthCheckPages {

	static final String PAGE = "portal/health-check";

	private final Family family;

	private final ClientAppointments appointments;

	private final IntakeResponses responses;

	private final ClientScreenings screenings;

	private final Words words;

	HealthCheckPages(Family family, ClientAppointments appointments, IntakeResponses responses,
			ClientScreenings screenings, Words words) {
		this.family = family;
		this.appointments = appointments;
		this.responses = responses;
		this.screenings = screenings;
		this.words = words;
	}

	@GetMapping("/portal/appointments/{id}/health-check")
	String show(@AuthenticationPrincipal FasciaUser user, @PathVariable long id, Model model) {
		long clientId = clientId(user);
		AppointmentView appointment = own(id, clientId);
		return page(clientId, appointment, null, Map.of(), false, model);
	}

	@PostMapping("/portal/appointments/{id}/health-check")
	String answer(@AuthenticationPrincipal FasciaUser user, @PathVariable long id,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		long clientId = clientId(user);
		AppointmentView appointment = own(id, clientId);
		String changed = form.get("changed");
		if (!"true".equals(changed) && !"false".equals(changed)) {
			return page(clientId, appointment, form, Map.of("changed", words.text("portal.healthCheck.choose")),
					false, model);
		}
		if ("false".equals(changed)) {
			responses.recordHealthChange(clientId, id, false, Map.of(), IntakeResponses.Source.CLIENT, user.id());
			redirect.addFlashAttribute("message", words.text("portal.healthCheck.unchanged"));
			return "redirect:/portal";
		}
		Decision before = screenings.decision(clientId).orElse(Decision.PROCEED);
		try {
			Map<String, Object> answers = responses.fromForm(form);
			responses.recordHealthChange(clientId, id, true, answers, IntakeResponses.Source.CLIENT, user.id());
		}
		catch (ApiProblem problem) {
			if (problem.errors().isEmpty()) {
				throw problem;
			}
			return page(clientId, appointment, form, problem.errors(), true, model);
		}
		Decision after = screenings.decision(clientId).orElse(Decision.PROCEED);
		if (after.isMoreRestrictiveThan(before)) {
			return "redirect:/portal/screening?from=health-check";
		}
		redirect.addFlashAttribute("message", words.text("portal.healthCheck.updated"));
		return "redirect:/portal";
	}

	private String page(long clientId, AppointmentView appointment, Map<String, String> shown,
			Map<String, String> errors, boolean changed, Model model) {
		Map<String, String> fieldErrors = new LinkedHashMap<>(errors);
		fieldErrors.remove("changed");
		model.addAttribute("appointment", appointment);
		model.addAttribute("answered", responses.healthCheckFor(appointment.id()).isPresent());
		model.addAttribute("healthSteps", responses.healthChangeForm(clientId, shown, fieldErrors));
		model.addAttribute("action", "/portal/appointments/" + appointment.id() + "/health-check");
		model.addAttribute("healthChanged", changed);
		model.addAttribute("errors", errors);
		return PAGE;
	}

	private AppointmentView own(long appointmentId, long clientId) {
		Optional<AppointmentView> appointment = appointments.one(appointmentId, clientId)
			.filter(a -> a.status() == org.fascia.booking.AppointmentStatus.BOOKED);
		return appointment.orElseThrow(() -> ApiProblem.notFound(words.text("portal.problem.noBookedAppointment")));
	}

	private long clientId(FasciaUser user) {
		return family.actingFor(user.id()).orElseThrow(() -> ApiProblem.notFound(words.text("portal.problem.noClientRecord")));
	}

}
