package org.fascia.care;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.fascia.clinic.ClinicTime;
import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client's own self-care program in the portal: each item with its instructions, and a row of the
 * last 7 days to tick what they did (big buttons, a form each, so it works without JavaScript; with
 * htmx a tick swaps just that item). The weekly reminder email is the client's choice. The client is
 * always the signed-in account's own record, never a parameter.
 */
@Controller
class SelfCarePortalPages {

	static final String PAGE = "care/self-care-portal";

	private final SelfCarePrograms programs;

	private final CareAccess access;

	private final ClinicTime clinicTime;

	private final Words words;

	SelfCarePortalPages(SelfCarePrograms programs, CareAccess access, ClinicTime clinicTime, Words words) {
		this.programs = programs;
		this.access = access;
		this.clinicTime = clinicTime;
		this.words = words;
	}

	@GetMapping("/portal/self-care")
	String show(@AuthenticationPrincipal FasciaUser user, Model model) {
		long clientId = access.ownClient(user);
		model.addAttribute("program", programs.program(clientId));
		return PAGE;
	}

	/**
	 * Ticks ({@code done=true}) or unticks a day. With htmx the answer is the item alone; without, the
	 * page again (after a redirect), at the item.
	 */
	@PostMapping("/portal/self-care/{assignmentId}/days")
	String tick(@PathVariable long assignmentId, @RequestParam(defaultValue = "") String date,
			@RequestParam(defaultValue = "true") boolean done, @AuthenticationPrincipal FasciaUser user,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		long clientId = access.ownClient(user);
		String error = null;
		LocalDate day = null;
		try {
			day = date.isBlank() ? clinicTime.today() : LocalDate.parse(date.strip());
			programs.tick(clientId, assignmentId, day, done);
		}
		catch (DateTimeParseException ex) {
			error = words.text("care.portalItem.dateError");
		}
		catch (ApiProblem problem) {
			if (problem.getStatusCode().value() == 404) {
				throw problem;
			}
			error = problem.getMessage();
		}
		if (htmx != null) {
			SelfCareProgram program = programs.program(clientId);
			SelfCareAssignment assignment = program.assignments()
				.stream()
				.filter(a -> a.id() == assignmentId)
				.findFirst()
				.orElseThrow(
						() -> ApiProblem.notFound(words.text("care.problem.program.notInYours", String.valueOf(assignmentId))));
			model.addAttribute("program", program);
			model.addAttribute("a", assignment);
			model.addAttribute("tickError", error);
			model.addAttribute("ticked", error == null ? (done ? day : null) : null);
			return "care/self-care-portal-item :: assignment";
		}
		if (error != null) {
			redirect.addFlashAttribute("tickError", error);
			redirect.addFlashAttribute("tickErrorFor", assignmentId);
		}
		return "redirect:/portal/self-care#assignment-" + assignmentId;
	}

	@PostMapping("/portal/self-care/reminders")
	String reminders(@RequestParam(defaultValue = "false") boolean weekly, @AuthenticationPrincipal FasciaUser user,
			RedirectAttributes redirect) {
		long clientId = access.ownClient(user);
		programs.setWeeklyReminder(clientId, weekly);
		redirect.addFlashAttribute("message", weekly
				? words.text("care.selfCarePortal.reminder.on")
				: words.text("care.selfCarePortal.reminder.off"));
		return "redirect:/portal/self-care";
	}

}
