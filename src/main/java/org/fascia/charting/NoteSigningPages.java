package org.fascia.charting;

import java.util.Map;

import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Signing a note on its page ("Save and sign" saves the form as it stands, then signs it, in one
 * transaction, after the therapist ticked the confirmation) and amending a signed note (section, the
 * corrected text, the reason; the original stays).
 */
@Controller
class NoteSigningPages {

	private final SessionNotes notes;

	private final NoteAccess access;

	private final NotePage page;

	private final NoteSigning signing;

	private final Words words;

	NoteSigningPages(SessionNotes notes, NoteAccess access, NotePage page, NoteSigning signing, Words words) {
		this.words = words;
		this.notes = notes;
		this.access = access;
		this.page = page;
		this.signing = signing;
	}

	@PostMapping("/appointments/{appointmentId}/note/sign")
	String sign(@PathVariable long appointmentId, NoteForm form, @RequestParam(required = false) Integer version,
			@RequestParam(defaultValue = "false") boolean confirm, @AuthenticationPrincipal FasciaUser user,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		SessionAppointment appointment = access.check(user, appointmentId);
		if (!confirm) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return page.fill(model, user, appointment, form, version,
					Map.of("confirm", words.text("charting.note.notSigned.confirm")),
					words.text("charting.note.notSigned.pleaseConfirm"));
		}
		try {
			signing.saveAndSign(appointmentId, form.content(words), version, user.id());
		}
		catch (ApiProblem problem) {
			int status = problem.getStatusCode().value();
			if (status == 404 || status == 403) {
				throw problem;
			}
			response.setStatus(status);
			return page.fill(model, user, appointment, form, version, problem.errors(), problem.errors().isEmpty()
					? words.text("charting.note.notSigned.because", problem.getMessage())
					: words.text("charting.note.notSigned.fields"));
		}
		redirect.addFlashAttribute("message", words.text("charting.note.signed"));
		return "redirect:/appointments/" + appointmentId + "/note";
	}

	@PostMapping("/appointments/{appointmentId}/note/amendments")
	String amend(@PathVariable long appointmentId, @RequestParam(defaultValue = "") String section,
			@RequestParam(defaultValue = "") String text, @RequestParam(defaultValue = "") String reason,
			@AuthenticationPrincipal FasciaUser user, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		SessionAppointment appointment = access.check(user, appointmentId);
		try {
			notes.amend(appointmentId, section, text, reason, user.id());
		}
		catch (ApiProblem problem) {
			int status = problem.getStatusCode().value();
			if (status == 404 || status == 403) {
				throw problem;
			}
			response.setStatus(status);
			model.addAttribute("amendment", Map.of("section", section, "text", text, "reason", reason));
			return page.fill(model, user, appointment, null, null, problem.errors(), problem.errors().isEmpty()
					? problem.getMessage() : words.text("charting.note.amend.notAdded"));
		}
		redirect.addFlashAttribute("message", words.text("charting.note.amend.added"));
		return "redirect:/appointments/" + appointmentId + "/note#amendments";
	}

}
