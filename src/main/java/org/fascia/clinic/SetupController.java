package org.fascia.clinic;

import java.util.Map;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** First start: the clinic's name and zone, and the owner's account. Gone once an owner exists. */
@Controller
class SetupController {

	private static final String VIEW = "clinic/setup";

	private final FirstStart firstStart;

	private final Words words;

	SetupController(FirstStart firstStart, Words words) {
		this.firstStart = firstStart;
		this.words = words;
	}

	@GetMapping("/setup")
	String initSetupForm(Model model) {
		if (firstStart.isDone()) {
			return "redirect:/login";
		}
		model.addAttribute("form", SetupForm.empty());
		model.addAttribute("zones", ClinicSettings.ZONES);
		return VIEW;
	}

	@PostMapping("/setup")
	String processSetupForm(@ModelAttribute("form") SetupForm form, Model model) {
		if (firstStart.isDone()) {
			return "redirect:/login";
		}
		model.addAttribute("zones", ClinicSettings.ZONES);
		if (form.password() != null && !form.password().equals(form.confirm())) {
			model.addAttribute("errors", Map.of("confirm", words.text("clinic.setup.mismatch")));
			return VIEW;
		}
		try {
			firstStart.setUp(form.clinicName(), form.timeZone(), form.ownerName(), form.email(), form.password());
		}
		catch (ApiProblem problem) {
			model.addAttribute("errors", Map.of(fieldOf(problem), problem.getMessage()));
			return VIEW;
		}
		return "redirect:/login?setup";
	}

	private static String fieldOf(ApiProblem problem) {
		if (problem.field() == null) {
			return "form";
		}
		return "displayName".equals(problem.field()) ? "ownerName" : problem.field();
	}

}
