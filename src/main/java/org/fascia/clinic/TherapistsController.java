package org.fascia.clinic;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner's team: the list, adding a therapist (invited by email), their profile and services. */
@Controller
class TherapistsController {

	private static final String LIST = "clinic/therapists";

	private final Therapists therapists;

	private final TherapistPage page;

	private final Words words;

	TherapistsController(Therapists therapists, TherapistPage page, Words words) {
		this.therapists = therapists;
		this.page = page;
		this.words = words;
	}

	@GetMapping("/admin/therapists")
	String initCreationForm(Model model) {
		model.addAttribute("therapists", therapists.all());
		model.addAttribute("invite", TherapistForms.Invite.empty());
		return LIST;
	}

	@PostMapping("/admin/therapists")
	String processCreationForm(@ModelAttribute("invite") TherapistForms.Invite invite, Model model,
			RedirectAttributes redirect) {
		Therapists.Added added;
		try {
			added = therapists.add(invite.command());
		}
		catch (ApiProblem problem) {
			model.addAttribute("therapists", therapists.all());
			model.addAttribute("errors", FormValues.errorsOf(problem));
			return LIST;
		}
		Therapist therapist = added.therapist();
		redirect.addFlashAttribute("message", added.invited()
				? words.text("clinic.therapists.invited", therapist.name(), therapist.email())
				: words.text("clinic.therapists.joined", therapist.name()));
		return "redirect:/admin/therapists/" + therapist.id();
	}

	@GetMapping("/admin/therapists/{id}")
	String show(@PathVariable long id, Model model) {
		return page.show(id, model);
	}

	@PostMapping("/admin/therapists/{id}")
	String processProfileForm(@PathVariable long id, @ModelAttribute("profile") TherapistForms.Profile profile,
			Model model, RedirectAttributes redirect) {
		try {
			therapists.update(id, profile.change());
		}
		catch (ApiProblem problem) {
			model.addAttribute("profileErrors", rethrowIfMissing(problem));
			return page.show(id, model);
		}
		redirect.addFlashAttribute("message", words.text("clinic.therapists.profileSaved"));
		return "redirect:/admin/therapists/" + id;
	}

	@PostMapping("/admin/therapists/{id}/services")
	String processServicesForm(@PathVariable long id, @RequestParam(defaultValue = "") List<Long> serviceIds,
			Model model, RedirectAttributes redirect) {
		try {
			therapists.offer(id, serviceIds);
		}
		catch (ApiProblem problem) {
			model.addAttribute("servicesErrors", rethrowIfMissing(problem));
			model.addAttribute("offered", new HashSet<>(serviceIds));
			return page.show(id, model);
		}
		redirect.addFlashAttribute("message", words.text("clinic.therapists.servicesSaved"));
		return "redirect:/admin/therapists/" + id + "#services";
	}

	/** A therapist that does not exist is a 404 page, not a form error. */
	static Map<String, String> rethrowIfMissing(ApiProblem problem) {
		if (problem.getStatusCode().value() == 404) {
			throw problem;
		}
		return FormValues.errorsOf(problem);
	}

}
