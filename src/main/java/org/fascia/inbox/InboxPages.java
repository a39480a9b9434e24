package org.fascia.inbox;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The staff inbox at /inbox (one list with filters by kind and open/done, and a "done" button that works as a plain
 * form post and, with htmx, in place), and an enquiry's page with the reply by email.
 */
@Controller
class InboxPages {

	private final Inbox inbox;

	private final Enquiries enquiries;

	private final Words words;

	InboxPages(Inbox inbox, Enquiries enquiries, Words words) {
		this.inbox = inbox;
		this.enquiries = enquiries;
		this.words = words;
	}

	@GetMapping("/inbox")
	String list(@AuthenticationPrincipal FasciaUser user, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String status, Model model) {
		String chosenKind = kind == null || kind.isBlank() ? null : kind;
		Inbox.Status chosen = status(status);
		InboxViewer viewer = InboxViewer.of(user);
		List<Inbox.Entry> entries = inbox.list(viewer, chosenKind, chosen);
		model.addAttribute("entries", entries);
		model.addAttribute("kinds", inbox.kinds(viewer));
		model.addAttribute("kind", chosenKind);
		model.addAttribute("status", chosen.name().toLowerCase(Locale.ROOT));
		// Where a "done" without JavaScript comes back to: the same filter.
		model.addAttribute("back", UriComponentsBuilder.fromPath("/inbox")
			.queryParamIfPresent("kind", java.util.Optional.ofNullable(chosenKind))
			.queryParam("status", chosen.name().toLowerCase(Locale.ROOT))
			.encode().build().toUriString());
		return "inbox/inbox";
	}

	@PostMapping("/inbox/done")
	String done(@AuthenticationPrincipal FasciaUser user, @RequestParam String kind, @RequestParam String id,
			@RequestParam(required = false) String back,
			@RequestHeader(value = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		Inbox.Entry entry = inbox.markDone(InboxViewer.of(user), kind, id);
		if (htmx != null) {
			model.addAttribute("e", entry);
			model.addAttribute("justDone", true);
			return "inbox/inbox :: item";
		}
		redirect.addFlashAttribute("message", words.text("inbox.markedDone", entry.item().title()));
		return "redirect:" + (back != null && back.startsWith("/inbox") && !back.startsWith("//") ? back : "/inbox");
	}

	@GetMapping("/inbox/enquiries/{id}")
	String enquiry(@PathVariable long id, Model model) {
		show(id, model);
		model.addAttribute("errors", Map.of());
		model.addAttribute("body", "");
		return "inbox/enquiry";
	}

	@PostMapping("/inbox/enquiries/{id}/reply")
	String reply(@AuthenticationPrincipal FasciaUser user, @PathVariable long id,
			@RequestParam(required = false) String body, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		try {
			enquiries.reply(id, body, user.id());
		}
		catch (ApiProblem problem) {
			if (problem.getStatusCode().value() != 400) {
				throw problem;
			}
			response.setStatus(400);
			show(id, model);
			model.addAttribute("errors", problem.errors());
			model.addAttribute("body", body == null ? "" : body);
			return "inbox/enquiry";
		}
		redirect.addFlashAttribute("message", words.text("inbox.enquiry.replySent"));
		return "redirect:/inbox/enquiries/" + id;
	}

	private void show(long id, Model model) {
		Enquiry enquiry = enquiries.find(id).orElseThrow(() -> ApiProblem.notFound(words.text("inbox.problem.noEnquiry", String.valueOf(id))));
		model.addAttribute("enquiry", enquiry);
		model.addAttribute("replies", enquiries.replies(id));
		model.addAttribute("done", inbox.doneMark(EnquirySource.KIND, Long.toString(id)).orElse(null));
		model.addAttribute("back", UriComponentsBuilder.fromPath("/inbox/enquiries/{id}").buildAndExpand(id).toUriString());
	}

	private Inbox.Status status(String status) {
		if (status == null || status.isBlank()) {
			return Inbox.Status.OPEN;
		}
		try {
			return Inbox.Status.valueOf(status.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			throw ApiProblem.badRequest("status", words.text("inbox.problem.status"));
		}
	}

}
