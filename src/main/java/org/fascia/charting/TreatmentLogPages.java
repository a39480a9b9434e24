package org.fascia.charting;

import java.util.Map;

import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The treatment and comfort log of one appointment as a page of its own ({@code /appointments/{id}/treatment-log}).
 * Without JavaScript the form posts and redirects back; with htmx the panel alone is swapped (a refusal too,
 * answered 200 so htmx shows it in place).
 */
@Controller
class TreatmentLogPages {

	static final String PAGE = "charting/treatment-log-page";

	static final String PANEL = "charting/treatment-log :: panel";

	private final TreatmentLog log;

	private final TreatmentLogPanel panel;

	private final Words words;

	TreatmentLogPages(TreatmentLog log, TreatmentLogPanel panel, Words words) {
		this.log = log;
		this.panel = panel;
		this.words = words;
	}

	@GetMapping("/appointments/{appointmentId}/treatment-log")
	String show(@PathVariable long appointmentId, @AuthenticationPrincipal FasciaUser user, Model model) {
		panel.addTo(model, appointmentId, user, NewEntry.blank(), Map.of(), null,
				(String) model.asMap().get("message"));
		return PAGE;
	}

	@PostMapping("/appointments/{appointmentId}/treatment-log")
	String add(@PathVariable long appointmentId, @ModelAttribute NewEntry form, @AuthenticationPrincipal FasciaUser user,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			@RequestParam(name = "from", required = false) String from, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		NewEntry sent = form == null ? NewEntry.blank() : form;
		// Posted from the panel inside the session note: the note's page shows the cautions and history, and
		// without JavaScript the answer goes back to the note.
		boolean inNote = "note".equals(from);
		model.addAttribute("embedded", inNote);
		try {
			var written = log.record(appointmentId, sent, user);
			String regions = String.join(", ",
					written.stream().map(e -> words.text(e.region().wordsKey())).toList());
			String message = written.size() == 1 ? words.text("charting.log.logged.one", regions)
					: words.text("charting.log.logged.many", written.size(), regions);
			if (htmx != null) {
				panel.addTo(model, appointmentId, user, NewEntry.blank(), Map.of(), null, message);
				return PANEL;
			}
			redirect.addFlashAttribute(inNote ? "logMessage" : "message", message);
			return "redirect:/appointments/" + appointmentId + (inNote ? "/note#treatment-log" : "/treatment-log");
		}
		catch (ApiProblem problem) {
			int status = problem.getStatusCode().value();
			if (status == 404 || status == 403) {
				throw problem;
			}
			response.setStatus(htmx != null ? 200 : status);
			Map<String, String> errors = problem.errors();
			panel.addTo(model, appointmentId, user, sent, errors, errors.isEmpty() ? problem.getMessage() : null, null);
			if (htmx == null && inNote) {
				// without JavaScript a refusal inside the note shows the note again, with the refusal in its log
				redirect.addFlashAttribute("logRefusal", errors.isEmpty() ? problem.getMessage()
						: words.text("charting.log.notLogged", String.join(" ", errors.values())));
				return "redirect:/appointments/" + appointmentId + "/note#treatment-log";
			}
			return htmx != null ? PANEL : PAGE;
		}
	}

}
