package org.fascia.inbox;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fascia.platform.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public "Ask us" page: a short form that works without JavaScript. The client's address is the request's remote
 * address: behind a proxy, set {@code server.forward-headers-strategy} so the server (not this code) decides whether
 * to trust X-Forwarded-For.
 */
@Controller
class ContactPages {

	private final Enquiries enquiries;

	ContactPages(Enquiries enquiries) {
		this.enquiries = enquiries;
	}

	@GetMapping("/contact")
	String form(Model model) {
		model.addAttribute("form", new EnquiryForm("", "", "", "", false, ""));
		model.addAttribute("errors", Map.of());
		model.addAttribute("consentText", enquiries.consentText());
		return "inbox/contact";
	}

	@PostMapping("/contact")
	String send(@RequestParam(required = false) String name, @RequestParam(required = false) String email,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String message,
			@RequestParam(required = false) Boolean consent, @RequestParam(required = false) String website,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		EnquiryForm form = new EnquiryForm(name, email, phone, message, consent, website);
		try {
			enquiries.submit(form, request.getRemoteAddr());
			return "redirect:/contact/thanks";
		}
		catch (ApiProblem problem) {
			response.setStatus(problem.getStatusCode().value());
			if (problem.getStatusCode().value() == HttpStatus.TOO_MANY_REQUESTS.value()) {
				response.setHeader("Retry-After", problem.getHeaders().getFirst("Retry-After"));
				model.addAttribute("limited", problem.getMessage());
				model.addAttribute("errors", Map.of());
			}
			else {
				model.addAttribute("errors", problem.errors());
			}
			model.addAttribute("form", new EnquiryForm(name, email, phone, message, consent, ""));
			model.addAttribute("consentText", enquiries.consentText());
			return "inbox/contact";
		}
	}

	@GetMapping("/contact/thanks")
	String thanks() {
		return "inbox/contact-thanks";
	}

}
