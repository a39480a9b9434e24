package org.fascia.clinic;

import java.util.ArrayList;
import java.util.List;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner's page for the clinic's name, time zone and booking policy. */
@Controller
class ClinicSettingsController {

	private static final String VIEW = "clinic/settings";

	private final ClinicSettings settings;

	private final Words words;

	ClinicSettingsController(ClinicSettings settings, Words words) {
		this.settings = settings;
		this.words = words;
	}

	@GetMapping("/admin/clinic")
	String initSettingsForm(Model model) {
		Clinic clinic = settings.require();
		model.addAttribute("form", ClinicForm.of(clinic, settings.policy()));
		model.addAttribute("zones", zones(clinic.timeZone().getId()));
		return VIEW;
	}

	@PostMapping("/admin/clinic")
	String processSettingsForm(@ModelAttribute("form") ClinicForm form, Model model, RedirectAttributes redirect) {
		model.addAttribute("zones", zones(form.timeZone()));
		FormValues values = new FormValues(words);
		ClinicChange change = form.change(values);
		if (!values.ok()) {
			model.addAttribute("errors", values.errors());
			return VIEW;
		}
		try {
			settings.update(change);
		}
		catch (ApiProblem problem) {
			model.addAttribute("errors", FormValues.errorsOf(problem));
			return VIEW;
		}
		redirect.addFlashAttribute("message", words.text("clinic.settings.saved"));
		return "redirect:/admin/clinic";
	}

	/** The list of zones, with the clinic's own first-start zone even when it is an alias like UTC. */
	private static List<String> zones(String current) {
		if (ClinicSettings.ZONES.contains(current) || !ClinicSettings.isZone(current)) {
			return ClinicSettings.ZONES;
		}
		List<String> zones = new ArrayList<>(ClinicSettings.ZONES);
		zones.add(0, current);
		return zones;
	}

}
