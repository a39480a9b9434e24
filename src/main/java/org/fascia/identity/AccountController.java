package org.fascia.identity;

import org.fascia.platform.Words;
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

	private final Words words;

	AccountController(ApiTokens tokens, java.time.Clock clock, Words words) {
		this.tokens = tokens;
		this.clock = clock;
		this.words = words;
	}

	@GetMapping("/account")
	String show(@AuthenticationPrincipal FasciaUser user, Model model) {
		model.addAttribute("user", user);
		java.time.Instant now = clock.instant();
		model.addAttribute("tokens", tokens.of(user.id()).stream().map(t -> TokenRow.of(t, now)).toList());
		return VIEW;
	}

	/** A token as the page shows it; its state is REVOKED, ACTIVE or EXPIRED, named on the page in the bundle's words. */
	record TokenRow(long id, String name, java.time.Instant createdAt, java.time.Instant expiresAt,
			java.time.Instant lastUsedAt, String state, boolean active) {

		static TokenRow of(ApiTokens.TokenInfo token, java.time.Instant now) {
			boolean active = token.activeAt(now);
			String state = token.revokedAt() != null ? "REVOKED" : active ? "ACTIVE" : "EXPIRED";
			return new TokenRow(token.id(), token.name(), token.createdAt(), token.expiresAt(), token.lastUsedAt(),
					state, active);
		}

	}

	@PostMapping("/account/tokens")
	String create(@AuthenticationPrincipal FasciaUser user, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect) {
		String label = name.isBlank() ? words.text("identity.token.defaultName") : name.strip();
		if (label.length() > 100) {
			redirect.addFlashAttribute("error", words.text("account.tokens.nameTooLong"));
			return "redirect:/account";
		}
		ApiTokens.Issued issued = tokens.issue(user, label);
		redirect.addFlashAttribute("newToken", issued.token());
		return "redirect:/account";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal FasciaUser user, @PathVariable long id, RedirectAttributes redirect) {
		if (tokens.revoke(user, id)) {
			redirect.addFlashAttribute("message", words.text("account.tokens.revokedNow"));
		}
		else {
			redirect.addFlashAttribute("error", words.text("account.tokens.notFound"));
		}
		return "redirect:/account";
	}

}
