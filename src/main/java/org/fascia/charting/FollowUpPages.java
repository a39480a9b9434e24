package org.fascia.charting;

import java.util.LinkedHashMap;
import java.util.Map;

import org.fascia.clinic.ClinicSettings;
import org.fascia.intake.IntakeResponses;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.fascia.screening.ClientScreeningView;
import org.fascia.screening.ClientScreenings;
import org.fascia.screening.Decision;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The follow-up after a session, opened from the email link without a password: how the back feels, how
 * long soreness lasted, and whether anything is new about the client's health (the screening questions,
 * pre-filled with the last answers). The link opens only this follow-up, once. An emergency answer shows the
 * emergency page at once; a soreness beyond 36 h tells the client the next session will be gentler.
 */
@Controller
class FollowUpPages {

	static final String PAGE = "charting/follow-up";

	static final String DONE = "charting/follow-up-done";

	private final FollowUps followUps;

	private final IntakeResponses responses;

	private final ClientScreenings screenings;

	private final ClinicSettings clinic;

	private final Words words;

	FollowUpPages(FollowUps followUps, IntakeResponses responses, ClientScreenings screenings, ClinicSettings clinic,
			Words words) {
		this.words = words;
		this.followUps = followUps;
		this.responses = responses;
		this.screenings = screenings;
		this.clinic = clinic;
	}

	@GetMapping("/follow-up")
	String show(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
		FollowUp followUp = followUps.open(token).orElse(null);
		if (followUp == null) {
			response.setStatus(410);
			return gone(model);
		}
		return page(followUp, token, Map.of(), null, Map.of(), model);
	}

	@PostMapping("/follow-up")
	String answer(@RequestParam Map<String, String> form,
			@RequestParam(name = "painRegions", required = false) java.util.List<String> painRegions, Model model,
			HttpServletResponse response) {
		String token = form.get("token");
		FollowUp followUp = followUps.open(token).orElse(null);
		if (followUp == null) {
			response.setStatus(410);
			return gone(model);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		FollowUp.Relief relief = relief(form.get("relief"), errors);
		Integer hours = hours(form.get("sorenessHours"), errors);
		String changed = form.get("changed");
		if (!"true".equals(changed) && !"false".equals(changed)) {
			errors.put("changed", words.text("charting.followUp.error.changed"));
		}
		Map<String, Object> changedAnswers = Map.of();
		if ("true".equals(changed)) {
			try {
				changedAnswers = responses.fromForm(form);
			}
			catch (ApiProblem problem) {
				errors.putAll(problem.errors());
			}
		}
		if (!errors.isEmpty()) {
			response.setStatus(400);
			return page(followUp, token, form, painRegions, errors, model);
		}
		Decision before = screenings.decision(followUp.clientId()).orElse(Decision.PROCEED);
		FollowUp answered;
		try {
			answered = followUps.answer(token,
					new FollowUps.Answer(relief, hours, "true".equals(changed), changedAnswers, painRegions));
		}
		catch (ApiProblem problem) {
			if (problem.errors().isEmpty()) {
				response.setStatus(problem.getStatusCode().value());
				return gone(model);
			}
			response.setStatus(400);
			return page(followUp, token, form, painRegions, problem.errors(), model);
		}
		ClientScreeningView view = screenings.of(followUp.clientId());
		model.addAttribute("view", view);
		model.addAttribute("clinicName", clinicName());
		if (view.emergency()) {
			return "screening/emergency";
		}
		model.addAttribute("followUp", answered);
		model.addAttribute("changedDecision", view.decision() != null && view.decision().isMoreRestrictiveThan(before));
		return DONE;
	}

	private String page(FollowUp followUp, String token, Map<String, String> shown, java.util.List<String> painRegions,
			Map<String, String> errors, Model model) {
		Map<String, String> fieldErrors = new LinkedHashMap<>(errors);
		fieldErrors.keySet().removeAll(java.util.Set.of("relief", "sorenessHours", "changed", "regions"));
		model.addAttribute("painRegions", painRegions == null ? java.util.List.of() : painRegions);
		model.addAttribute("token", token);
		model.addAttribute("reliefs", FollowUp.Relief.values());
		model.addAttribute("shown", shown);
		model.addAttribute("errors", errors);
		model.addAttribute("healthSteps", responses.healthChangeForm(followUp.clientId(), shown, fieldErrors));
		model.addAttribute("healthChanged", "true".equals(shown.get("changed")));
		model.addAttribute("clinicName", clinicName());
		return PAGE;
	}

	private String gone(Model model) {
		model.addAttribute("clinicName", clinicName());
		model.addAttribute("gone", true);
		return DONE;
	}

	private String clinicName() {
		return clinic.current().map(c -> c.name()).orElseGet(() -> words.text("charting.followUp.clinic"));
	}

	private FollowUp.Relief relief(String value, Map<String, String> errors) {
		try {
			return FollowUp.Relief.valueOf(value);
		}
		catch (RuntimeException ex) {
			errors.put("relief", words.text("charting.followUp.error.relief"));
			return null;
		}
	}

	private Integer hours(String value, Map<String, String> errors) {
		try {
			int hours = Integer.parseInt(value == null ? "" : value.strip());
			if (hours >= 0 && hours <= 720) {
				return hours;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.put("sorenessHours", words.text("charting.followUp.error.hours"));
		return null;
	}

}
