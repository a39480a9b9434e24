package org.fascia.clinic;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A therapist's weekly hours, and the dates they are off or work extra, on their page. */
@Controller
class TherapistHoursController {

	private final TherapistSchedules schedules;

	private final TherapistPage page;

	private final ClinicTime time;

	private final Words words;

	TherapistHoursController(TherapistSchedules schedules, TherapistPage page, ClinicTime time, Words words) {
		this.schedules = schedules;
		this.page = page;
		this.time = time;
		this.words = words;
	}

	@PostMapping("/admin/therapists/{id}/hours")
	String processHoursForm(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
			RedirectAttributes redirect) {
		WeekForm week = WeekForm.read(params);
		FormValues values = new FormValues(words);
		WeekForm.Parsed parsed = week.parse(values);
		try {
			if (values.ok()) {
				schedules.replaceHours(id, parsed.items());
				redirect.addFlashAttribute("message", words.text("clinic.therapist.hours.saved"));
				return "redirect:/admin/therapists/" + id + "#hours";
			}
			model.addAttribute("weekErrors", values.errors());
		}
		catch (ApiProblem problem) {
			model.addAttribute("weekErrors", parsed.pageErrors(TherapistsController.rethrowIfMissing(problem)));
		}
		model.addAttribute("week", week);
		return page.show(id, model);
	}

	@PostMapping("/admin/therapists/{id}/exceptions")
	String processDatedForm(@PathVariable long id, @ModelAttribute("dated") TherapistForms.Dated dated, Model model,
			RedirectAttributes redirect) {
		FormValues values = new FormValues(words);
		NewScheduleChange change = dated.change(values);
		try {
			if (values.ok()) {
				ScheduleChange added = schedules.addChange(id, change);
				redirect.addFlashAttribute("message", added.kind() == ScheduleChange.Kind.TIME_OFF
						? words.text("clinic.therapist.dates.addedTimeOff", time.day(added.date()))
						: words.text("clinic.therapist.dates.addedExtra", time.day(added.date())));
				return "redirect:/admin/therapists/" + id + "#dates";
			}
			model.addAttribute("datedErrors", values.errors());
		}
		catch (ApiProblem problem) {
			model.addAttribute("datedErrors", TherapistsController.rethrowIfMissing(problem));
		}
		return page.show(id, model);
	}

	@PostMapping("/admin/therapists/{id}/exceptions/{exceptionId}/delete")
	String removeDated(@PathVariable long id, @PathVariable long exceptionId, RedirectAttributes redirect) {
		schedules.removeChange(id, exceptionId);
		redirect.addFlashAttribute("message", words.text("clinic.therapist.dates.removed"));
		return "redirect:/admin/therapists/" + id + "#dates";
	}

}
