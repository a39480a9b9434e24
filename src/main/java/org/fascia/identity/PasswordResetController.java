package org.fascia.identity;

import java.util.Optional;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.Words;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Forgot your password?": ask for a link, then choose a new password from it. A new account's
 * invitation link leads to the same form, worded as a welcome.
 */
@Controller
class PasswordResetController {

	private static final String FORGOT = "identity/forgot";

	private static final String RESET = "identity/reset";

	private final PasswordResets resets;

	private final org.fascia.platform.RateLimits.Limit perIp;

	private final org.fascia.platform.RateLimits.Limit perAddress;

	private final Words words;

	PasswordResetController(PasswordResets resets, org.fascia.platform.RateLimits limits, Words words) {
		this.resets = resets;
		this.words = words;
		// branch client-accounts: counted for every address, known or not, so a 429 reveals nothing.
		this.perIp = limits.define("reset-request-ip", 20, java.time.Duration.ofHours(1));
		this.perAddress = limits.define("reset-request-email", 5, java.time.Duration.ofHours(1));
	}

	@GetMapping("/password/forgot")
	String initForgotForm() {
		return FORGOT;
	}

	@PostMapping("/password/forgot")
	String processForgotForm(@RequestParam(defaultValue = "") String email, Model model,
			jakarta.servlet.http.HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response) {
		if (email.isBlank()) {
			model.addAttribute("error", words.text("password.forgot.email"));
			return FORGOT;
		}
		try {
			perIp.consume(request.getRemoteAddr());
			perAddress.consume(Users.normalise(email));
		}
		catch (org.fascia.platform.RateLimits.TooManyRequests tooMany) {
			response.setStatus(429);
			response.setHeader("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
			model.addAttribute("error", tooMany.getMessage());
			return FORGOT;
		}
		resets.request(email);
		model.addAttribute("sent", true);
		return FORGOT;
	}

	@GetMapping("/password/reset")
	String initResetForm(@RequestParam(required = false) String token, Model model) {
		Optional<PasswordResets.Purpose> purpose = resets.purpose(token);
		model.addAttribute("token", token);
		model.addAttribute("usable", purpose.isPresent());
		model.addAttribute("welcome", purpose.orElse(null) == PasswordResets.Purpose.INVITATION);
		return RESET;
	}

	@PostMapping("/password/reset")
	String processResetForm(@RequestParam(defaultValue = "") String token,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String confirm,
			Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", true);
		model.addAttribute("welcome", resets.purpose(token).orElse(null) == PasswordResets.Purpose.INVITATION);
		if (!password.equals(confirm)) {
			model.addAttribute("error", words.text("password.reset.different"));
			return RESET;
		}
		PasswordResets.Purpose purpose;
		try {
			purpose = resets.reset(token, password);
		}
		catch (ApiProblem problem) {
			model.addAttribute("usable", resets.usable(token));
			model.addAttribute("error", problem.getMessage());
			return RESET;
		}
		return purpose == PasswordResets.Purpose.INVITATION ? "redirect:/login?welcome" : "redirect:/login?reset";
	}

}
