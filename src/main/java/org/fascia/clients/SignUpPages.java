package org.fascia.clients;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.time.Duration;
import java.util.Optional;

import org.fascia.clinic.Clinic;
import org.fascia.clinic.ClinicSettings;
import org.fascia.identity.Accounts;
import org.fascia.identity.FasciaUser;
import org.fascia.identity.SessionSignIn;
import org.fascia.platform.ApiProblem;
import org.fascia.platform.RateLimits;
import org.fascia.platform.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A new client's own sign-up (issue 7, branch client-accounts): the form, "check your inbox" (the same
 * page whether or not the address already had an account), the confirmation link, which signs the client
 * in, and a new link on request. Every step is rate-limited per IP address and per email address.
 */
@Controller
class SignUpPages {

	private static final String FORM = "clients/signup";

	private static final String SENT = "clients/check-inbox";

	private static final String VERIFY = "clients/verify";

	private final ClientAccounts clientAccounts;

	private final Accounts accounts;

	private final SessionSignIn signIn;

	private final ClinicSettings clinic;

	private final RateLimits.Limit resendPerIp;

	private final RateLimits.Limit resendPerAddress;

	private final Words words;

	SignUpPages(ClientAccounts clientAccounts, Accounts accounts, SessionSignIn signIn, ClinicSettings clinic,
			RateLimits limits, Words words) {
		this.words = words;
		this.clientAccounts = clientAccounts;
		this.accounts = accounts;
		this.signIn = signIn;
		this.clinic = clinic;
		this.resendPerIp = limits.define("verification-resend-ip", 10, Duration.ofHours(1));
		this.resendPerAddress = limits.define("verification-resend-email", 3, Duration.ofHours(1));
	}

	@GetMapping("/signup")
	String form(@AuthenticationPrincipal FasciaUser user) {
		return user != null ? "redirect:/home" : FORM;
	}

	@PostMapping("/signup")
	String signUp(ClientAccounts.SignUp form, @RequestParam(defaultValue = "false") boolean privacy,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		try {
			clientAccounts.register(form, privacy, null, request.getRemoteAddr());
		}
		catch (ApiProblem problem) {
			model.addAttribute("form", form);
			model.addAttribute("errorField", problem.field() == null ? "form" : problem.field());
			model.addAttribute("error", problem.getMessage());
			response.setStatus(400);
			return FORM;
		}
		catch (RateLimits.TooManyRequests tooMany) {
			model.addAttribute("form", form);
			model.addAttribute("error", tooMany.getMessage());
			tooManyRequests(response, tooMany);
			return FORM;
		}
		return "redirect:/signup/sent";
	}

	/** The answer to every sign-up that passed the form's checks, new address or not. */
	@GetMapping("/signup/sent")
	String sent() {
		return SENT;
	}

	@PostMapping("/signup/resend")
	String resend(@RequestParam(defaultValue = "") String email, @AuthenticationPrincipal FasciaUser user,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		String address = user != null ? user.getUsername() : email.strip();
		if (address.isBlank()) {
			model.addAttribute("error", words.text("signup.resend.email"));
			model.addAttribute("usable", false);
			response.setStatus(400);
			return VERIFY;
		}
		try {
			resendPerIp.consume(request.getRemoteAddr());
			resendPerAddress.consume(address);
		}
		catch (RateLimits.TooManyRequests tooMany) {
			model.addAttribute("error", tooMany.getMessage());
			model.addAttribute("usable", false);
			tooManyRequests(response, tooMany);
			return VERIFY;
		}
		accounts.resendConfirmation(address, clinic.current().map(Clinic::name).orElse("Fascia"));
		return "redirect:/signup/sent?again";
	}

	/** The link from the mail shows a button: a mail scanner opening the link spends nothing. */
	@GetMapping("/signup/verify")
	String verifyForm(@RequestParam(required = false) String token, Model model) {
		model.addAttribute("token", token);
		model.addAttribute("usable", accounts.confirmationLinkUsable(token));
		return VERIFY;
	}

	@PostMapping("/signup/verify")
	String verify(@RequestParam(defaultValue = "") String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Optional<Accounts.EmailConfirmation> confirmed = accounts.confirmEmail(token);
		if (confirmed.isEmpty()) {
			model.addAttribute("token", token);
			model.addAttribute("usable", false);
			model.addAttribute("error", words.text("signup.verify.used"));
			response.setStatus(400);
			return VERIFY;
		}
		if (accounts.twoStepEnabled(confirmed.get().account().id())) {
			// The link proves the address, not the second step: sign in as usual.
			return "redirect:/login?verified";
		}
		signIn.signIn(confirmed.get().account().id(), request, response);
		String next = confirmed.get().nextPath();
		return "redirect:" + (next != null ? next : "/portal?verified");
	}

	private static void tooManyRequests(HttpServletResponse response, RateLimits.TooManyRequests tooMany) {
		response.setStatus(429);
		response.setHeader("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
	}

}
