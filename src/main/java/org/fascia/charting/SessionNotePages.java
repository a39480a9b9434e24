package org.fascia.charting;

import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The session note page of an appointment, for its therapist and the owner (another therapist only if
 * they treat the client): the checks before the session, the SOAP form with the previous note beside
 * it, saved by the Save button (no JavaScript needed) or by htmx autosave to {@code …/note/draft},
 * which answers only a small status ("Saved at 14:02", or why it was refused) and the new version.
 */
@Controller
class SessionNotePages {

	private final SessionNotes notes;

	private final NoteAccess access;

	private final NotePage page;

	private final Words words;

	SessionNotePages(SessionNotes notes, NoteAccess access, NotePage page, Words words) {
		this.words = words;
		this.notes = notes;
		this.access = access;
		this.page = page;
	}

	@GetMapping("/appointments/{appointmentId}/note")
	String show(@PathVariable long appointmentId, @AuthenticationPrincipal FasciaUser user, Model model) {
		SessionAppointment appointment = access.check(user, appointmentId);
		return page.fill(model, user, appointment, null, null, null, null);
	}

	/** The Save button: saves the draft and shows the page again (or, after "health changed: yes", the re-screen). */
	@PostMapping("/appointments/{appointmentId}/note")
	String save(@PathVariable long appointmentId, NoteForm form, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal FasciaUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		SessionAppointment appointment = access.check(user, appointmentId);
		try {
			SessionNote saved = notes.save(appointmentId, form.content(words), version, user.id());
			if (Boolean.TRUE.equals(saved.content().healthChanged()) && !page.healthCheckRecorded(appointment)) {
				redirect.addFlashAttribute("message", words.text("charting.note.savedHealthChanged"));
				return "redirect:/calendar/appointments/" + appointmentId + "/health-check";
			}
			redirect.addFlashAttribute("message", words.text("charting.note.savedAt.flash", page.savedTime(saved)));
			return "redirect:/appointments/" + appointmentId + "/note";
		}
		catch (ApiProblem problem) {
			return refused(problem, model, user, appointment, form, version, response);
		}
	}

	/** Autosave (htmx): the status line and the new version, nothing else. */
	@PostMapping("/appointments/{appointmentId}/note/draft")
	String draft(@PathVariable long appointmentId, NoteForm form, @RequestParam(required = false) Integer version,
			@AuthenticationPrincipal FasciaUser user, Model model, HttpServletResponse response) {
		SessionAppointment appointment = access.check(user, appointmentId);
		try {
			SessionNote saved = notes.save(appointmentId, form.content(words), version, user.id());
			model.addAttribute("statusText", words.text("charting.note.savedAt", page.savedTime(saved)));
			model.addAttribute("statusKind", "saved");
			model.addAttribute("version", saved.version());
			model.addAttribute("healthCheckNeeded", Boolean.TRUE.equals(saved.content().healthChanged())
					&& !page.healthCheckRecorded(appointment));
			model.addAttribute("healthCheckUrl", "/calendar/appointments/" + appointmentId + "/health-check");
		}
		catch (ApiProblem problem) {
			if (problem.getStatusCode().value() == 404 || problem.getStatusCode().value() == 403) {
				throw problem;
			}
			response.setStatus(problem.getStatusCode().value());
			model.addAttribute("statusText", words.text("charting.note.notSaved", problem.errors().isEmpty()
					? problem.getMessage() : String.join(" ", problem.errors().values())));
			model.addAttribute("statusKind", "refused");
			model.addAttribute("version", version);
			model.addAttribute("healthCheckNeeded", false);
		}
		return NotePage.VIEW + " :: status";
	}

	private String refused(ApiProblem problem, Model model, FasciaUser user, SessionAppointment appointment, NoteForm form,
			Integer version, HttpServletResponse response) {
		int status = problem.getStatusCode().value();
		if (status == 404 || status == 403) {
			throw problem;
		}
		response.setStatus(status);
		return page.fill(model, user, appointment, form, version, problem.errors(),
				problem.errors().isEmpty() ? problem.getMessage()
						: words.text("charting.note.notSaved.fields"));
	}

}
