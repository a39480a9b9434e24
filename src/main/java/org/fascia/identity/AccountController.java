package org.fascia.identity;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account: who they are, and their API tokens (create, revoke). */
@Controller
class AccountController {

	private static final String VIEW = "identity/account";

	private final ApiTokens tokens;

	private final java.time.Clock clock;

	AccountController(ApiTokens tokens, java.time.Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	@GetMapping("/account")
	String show(@AuthenticationPrincipal FasciaUser user, Model model) {
		model.addAttribute("user", user);
		java.time.Instant now = clock.instant();
		model.addAttribute("tokens", tokens.of(user.id()).stream().map(t -> TokenRow.of(t, now)).toList());
		return VIEW;
	}

	/** A token as the page shows it. */
	record TokenRow(long id, String name, java.time.Instant createdAt, java.time.Instant expiresAt,
			java.time.Instant lastUsedAt, String state, boolean active) {

		static TokenRow of(ApiTokens.TokenInfo token, java.time.Instant now) {
			boolean active = token.activeAt(now);
			String state = token.revokedAt() != null ? "Revoked" : active ? "Active" : "Expired";
			return new TokenRow(token.id(), token.name(), token.createdAt(), token.expiresAt(), token.lastUsedAt(),
					state, active);
		}

	}

	@PostMapping("/account/tokens")
	String create(@AuthenticationPrincipal FasciaUser user, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect) {
		String label = name.isBlank() ? "API token" : name.strip();
		if (label.length() > 100) {
			redirect.addFlashAttribute("error", "Use at most 100 characters for the token's name.");
			return "redirect:/account";
		}
		ApiTokens.Issued issued = tokens.issue(user, label);
		redirect.addFlashAttribute("newToken", issued.token());
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal FasciaUser user, @PathVariable long id, RedirectAttributes redirect) {
		if (tokens.revoke(user, id)) {
			redirect.addFlashAttribute("message", "The token was revoked; programs using it can no longer connect.");
		}
		else {
			redirect.addFlashAttribute("error", "No active token of yours has that number.");
		}
		return "redirect:/account";
	}

}
