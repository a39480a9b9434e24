package org.fascia.privacy;

import org.fascia.audit.AuditLog;
import org.fascia.audit.AuditOutcome;
import org.fascia.identity.FasciaUser;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.ErasureReport;
import org.fascia.platform.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The owner's list of erasure requests (under /admin: the owner only) and carrying one out. */
@Controller
class ErasurePages {

	private final ErasureRequests erasures;

	private final AuditLog audit;

	private final Words words;

	ErasurePages(ErasureRequests erasures, AuditLog audit, Words words) {
		this.erasures = erasures;
		this.audit = audit;
		this.words = words;
	}

	@GetMapping("/admin/erasure-requests")
	String list(Model model) {
		model.addAttribute("requests", erasures.all());
		return "privacy/erasure-requests";
	}

	@GetMapping("/admin/erasure-requests/{id}")
	String show(@PathVariable long id, Model model) {
		ErasureRequest request = erasures.find(id)
			.orElseThrow(() -> ApiProblem.notFound(words.text("privacy.problem.noSuchRequest")));
		audit.record("ERASURE_REQUEST_READ", "client", request.clientId(), AuditOutcome.SUCCESS, "request " + id);
		model.addAttribute("request", request);
		return "privacy/erasure-request";
	}

	@PostMapping("/admin/erasure-requests/{id}")
	String carryOut(@AuthenticationPrincipal FasciaUser user, @PathVariable long id,
			@RequestParam(required = false) String confirm, Model model, RedirectAttributes redirect) {
		ErasureRequest request = erasures.find(id)
			.orElseThrow(() -> ApiProblem.notFound(words.text("privacy.problem.noSuchRequest")));
		if (!"yes".equals(confirm)) {
			model.addAttribute("request", request);
			model.addAttribute("confirmError", words.text("privacy.request.confirmError"));
			return "privacy/erasure-request";
		}
		try {
			ErasureReport report = erasures.carryOut(id, user.id());
			redirect.addFlashAttribute("message",
					words.text("privacy.request.erased", report.deleted().size(), report.kept().size()));
		}
		catch (ApiProblem problem) {
			redirect.addFlashAttribute("error", problem.getMessage());
		}
		return "redirect:/admin/erasure-requests/" + id;
	}

}
