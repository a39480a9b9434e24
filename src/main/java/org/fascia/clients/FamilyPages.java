package org.fascia.clients;

import java.util.Map;

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

/**
 * The family page of the portal (issue 7, requirement 3): a parent adds a child and chooses whose care the portal
 * shows; every portal page then works on that record ({@link Family#actingFor}).
 */
@Controller
class FamilyPages {

	static final String VIEW = "clients/family";

	private final Family family;

	private final Words words;

	FamilyPages(Family family, Words words) {
		this.family = family;
		this.words = words;
	}

	@GetMapping("/portal/family")
	String show(@AuthenticationPrincipal FasciaUser user, Model model) {
		fill(user, model);
		if (!model.containsAttribute("child")) {
			model.addAttribute("child", new Family.NewChild("", "", ""));
			model.addAttribute("errors", Map.of());
		}
		return VIEW;
	}

	@PostMapping("/portal/family")
	String add(@AuthenticationPrincipal FasciaUser user, Family.NewChild child, Model model,
			RedirectAttributes redirect) {
		try {
			Family.Member added = family.addChild(user.id(), child);
			redirect.addFlashAttribute("message", words.text("family.added", added.firstName()));
			redirect.addFlashAttribute("addedId", added.clientId());
			return "redirect:/portal/family";
		}
		catch (ApiProblem problem) {
			model.addAttribute("child", child);
			model.addAttribute("errors", problem.errors().isEmpty() ? Map.of("form", problem.getMessage())
					: problem.errors());
			fill(user, model);
			return VIEW;
		}
	}

	/** From now on the portal shows this member's care; their own record ends acting for someone else. */
	@PostMapping("/portal/family/{clientId}/act")
	String act(@AuthenticationPrincipal FasciaUser user, @PathVariable long clientId,
			@RequestParam(required = false) String next) {
		family.actFor(user.id(), clientId);
		return "redirect:" + local(next);
	}

	/** Back to the account holder's own care. */
	@PostMapping("/portal/family/me")
	String me(@AuthenticationPrincipal FasciaUser user, @RequestParam(required = false) String next) {
		family.actingForOther(user.id()).ifPresent(other -> family.members(user.id())
			.stream()
			.filter(Family.Member::self)
			.findFirst()
			.ifPresent(self -> family.actFor(user.id(), self.clientId())));
		return "redirect:" + local(next);
	}

	private void fill(FasciaUser user, Model model) {
		model.addAttribute("members", family.members(user.id()));
		model.addAttribute("current", family.actingFor(user.id()).orElse(null));
	}

	/** Only a portal path of this site (never another site, never a scheme). */
	static String local(String next) {
		return next != null && next.matches("/portal(/[A-Za-z0-9/_-]*)?") ? next : "/portal";
	}

}
