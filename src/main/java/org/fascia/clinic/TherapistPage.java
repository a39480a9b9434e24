package org.fascia.clinic;

import java.util.HashSet;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of one therapist's page: profile, weekly hours, upcoming days off and extra hours,
 * services offered. A form that is being shown again with its errors is left as the person typed it.
 */
@Component
class TherapistPage {

	static final String VIEW = "clinic/therapist";

	private final Therapists therapists;

	private final TherapistSchedules schedules;

	private final ServiceMenu menu;

	private final ClinicTime time;

	TherapistPage(Therapists therapists, TherapistSchedules schedules, ServiceMenu menu, ClinicTime time) {
		this.therapists = therapists;
		this.schedules = schedules;
		this.menu = menu;
		this.time = time;
	}

	/** @throws org.fascia.platform.ApiProblem 404 for an unknown therapist */
	String show(long id, Model model) {
		Therapist therapist = therapists.find(id).orElseThrow(() -> therapists.notFound(id));
		model.addAttribute("therapist", therapist);
		model.addAttribute("services", menu.all().stream()
			.filter(service -> service.active() || therapist.serviceIds().contains(service.id()))
			.toList());
		model.addAttribute("changes", schedules.changes(id, time.today()));
		defaults(model, "profile", TherapistForms.Profile.of(therapist));
		defaults(model, "week", WeekForm.of(therapist.workingHours()));
		defaults(model, "dated", TherapistForms.Dated.empty());
		defaults(model, "offered", new HashSet<>(therapist.serviceIds()));
		for (String errors : new String[] { "profileErrors", "weekErrors", "datedErrors", "servicesErrors" }) {
			defaults(model, errors, Map.of());
		}
		return VIEW;
	}

	private static void defaults(Model model, String name, Object value) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, value);
		}
	}

}
