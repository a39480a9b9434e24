package org.fascia.identity;

import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.RateLimits;
import org.fascia.platform.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Two-step sign-in pages (branch client-accounts): turning it on and off under {@code /account/two-step},
 * and the sign-in's second step at {@code /login/two-step}, where the session holds only "password
 * accepted for account N, until T" and is signed in once the code is right.
 */
@Controller
class TwoStepPages {

	static final String PENDING = TwoStepPages.class.getName() + ".PENDING";

	static final Duration PENDING_FOR = Duration.ofMinutes(5);

	private static final String VIEW = "identity/two-step";

	private static final String SECOND_STEP = "identity/login-two-step";

	/** The password was right; the code is still to come. Lives in the (database) session. */
	record Pending(long userId, Instant until) implements Serializable {

		@Serial
		private static final long serialVersionUID = 1L;

	}

	private final TwoStep twoStep;

	private final SessionSignIn signIn;

	private final Clock clock;

	private final Words words;

	TwoStepPages(TwoStep twoStep, SessionSignIn signIn, Clock clock, Words words) {
		this.twoStep = twoStep;
		this.signIn = signIn;
		this.clock = clock;
		this.words = words;
	}

	@GetMapping("/account/two-step")
	String show(@AuthenticationPrincipal FasciaUser user, Model model) {
		model.addAttribute("enabled", twoStep.enabled(user.id()));
		model.addAttribute("recoveryLeft", twoStep.recoveryCodesLeft(user.id()));
		twoStep.pending(user.account(), issuer(model)).ifPresent(setup -> {
			model.addAttribute("setup", setup);
			model.addAttribute("qr", QrCode.dataUri(setup.uri(), 240));
		});
		return VIEW;
	}

	@PostMapping("/account/two-step")
	String begin(@AuthenticationPrincipal FasciaUser user,
			Model model, RedirectAttributes redirect) {
		try {
			twoStep.begin(user.account(), issuer(model));
		}
		catch (ApiProblem problem) {
			redirect.addFlashAttribute("error", problem.getMessage());
		}
		return "redirect:/account/two-step";
	}

	@PostMapping("/account/two-step/confirm")
	String confirm(@AuthenticationPrincipal FasciaUser user,
			@RequestParam(defaultValue = "") String code, HttpServletResponse response, Model model) {
		String clinicName = issuer(model);
		try {
			List<String> codes = twoStep.confirm(user.account(), code);
			model.addAttribute("enabled", true);
			model.addAttribute("recoveryCodes", codes);
			model.addAttribute("recoveryLeft", codes.size());
			return VIEW;
		}
		catch (ApiProblem problem) {
			response.setStatus(400);
			model.addAttribute("error", problem.getMessage());
		}
		catch (RateLimits.TooManyRequests tooMany) {
			response.setStatus(429);
			response.setHeader("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
			model.addAttribute("error", tooMany.getMessage());
		}
		model.addAttribute("enabled", false);
		twoStep.pending(user.account(), clinicName).ifPresent(setup -> {
			model.addAttribute("setup", setup);
			model.addAttribute("qr", QrCode.dataUri(setup.uri(), 240));
		});
		return VIEW;
	}

	@PostMapping("/account/two-step/disable")
	String disable(@AuthenticationPrincipal FasciaUser user, @RequestParam(defaultValue = "") String password,
			@RequestParam(defaultValue = "") String code, HttpServletResponse response, Model model,
			RedirectAttributes redirect) {
		try {
			twoStep.disable(user.id(), password, code);
			redirect.addFlashAttribute("message", words.text("account.twoStep.offNow"));
			return "redirect:/account/two-step";
		}
		catch (ApiProblem problem) {
			response.setStatus(400);
			model.addAttribute("error", problem.getMessage());
		}
		catch (RateLimits.TooManyRequests tooMany) {
			response.setStatus(429);
			response.setHeader("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
			model.addAttribute("error", tooMany.getMessage());
		}
		model.addAttribute("enabled", true);
		model.addAttribute("recoveryLeft", twoStep.recoveryCodesLeft(user.id()));
		return VIEW;
	}

	@GetMapping("/login/two-step")
	String secondStep(HttpServletRequest request) {
		return pending(request) == null ? "redirect:/login?again" : SECOND_STEP;
	}

	@PostMapping("/login/two-step")
	String checkSecondStep(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		Pending pending = pending(request);
		if (pending == null) {
			return "redirect:/login?again";
		}
		boolean right;
		try {
			right = twoStep.check(pending.userId(), code);
		}
		catch (RateLimits.TooManyRequests tooMany) {
			response.setStatus(429);
			response.setHeader("Retry-After", String.valueOf(tooMany.retryAfterSeconds()));
			model.addAttribute("error", tooMany.getMessage());
			return SECOND_STEP;
		}
		if (!right) {
			response.setStatus(400);
			model.addAttribute("error", words.text("account.twoStep.wrongCode"));
			return SECOND_STEP;
		}
		HttpSession session = request.getSession();
		session.removeAttribute(PENDING);
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		SavedRequest saved = cache.getRequest(request, response);
		cache.removeRequest(request, response);
		signIn.signIn(pending.userId(), request, response);
		return "redirect:" + (saved != null ? saved.getRedirectUrl() : "/home");
	}

	/** The clinic's name (put in every page's model by the clinic module) names the key in the app. */
	private static String issuer(Model model) {
		Object name = model.getAttribute("clinicName");
		return name == null ? "Fascia" : name.toString();
	}

	private Pending pending(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(PENDING) instanceof Pending pending)) {
			return null;
		}
		if (!pending.until().isAfter(clock.instant())) {
			session.removeAttribute(PENDING);
			return null;
		}
		return pending;
	}

}
