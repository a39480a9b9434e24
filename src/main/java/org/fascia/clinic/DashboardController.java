package org.fascia.clinic;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The staff start page, with the way into the calendar. The inbox and to-dos arrive with the care modules. */
@Controller
class DashboardController {

	private final ClinicSettings settings;

	private final ClinicCatalog catalog;

	DashboardController(ClinicSettings settings, ClinicCatalog catalog) {
		this.settings = settings;
		this.catalog = catalog;
	}

	@GetMapping("/dashboard")
	String show(Model model) {
		model.addAttribute("zone", settings.zone().getId());
		model.addAttribute("therapists", catalog.therapistCount());
		model.addAttribute("services", catalog.serviceCount());
		return "clinic/dashboard";
	}

}
