package org.fascia.identity;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page, and {@code /home}, which sends each role to its own start page. */
@Controller
class LoginController {

	@GetMapping("/login")
	String login(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof FasciaUser) {
			return "redirect:/home";
		}
		return "identity/login";
	}

	@GetMapping("/home")
	String home(@AuthenticationPrincipal FasciaUser user) {
		return user.role().isStaff() ? "redirect:/dashboard" : "redirect:/portal";
	}

}
