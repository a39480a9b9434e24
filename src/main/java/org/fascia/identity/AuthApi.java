package org.fascia.identity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.fascia.platform.ApiProblem;
import org.fascia.platform.RateLimits;
import org.fascia.platform.Words;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/auth/token}: trade an email and password for a 30-day bearer token. */
@RestController
class AuthApi {

	private final AuthenticationManager authentication;

	private final ApiTokens tokens;

	private final LoginAttempts attempts;

	private final TwoStep twoStep;

	private final RateLimits limits;

	private final Words words;

	AuthApi(AuthenticationManager authentication, ApiTokens tokens, LoginAttempts attempts, TwoStep twoStep,
			RateLimits limits, Words words) {
		this.twoStep = twoStep;
		this.limits = limits;
		this.words = words;
		this.attempts = attempts;
		this.authentication = authentication;
		this.tokens = tokens;
	}

	@PostMapping("/api/v1/auth/token")
	ResponseEntity<TokenResponse> token(@Valid @RequestBody TokenRequest request,
			jakarta.servlet.http.HttpServletRequest http) {
		// branch client-accounts: the same per-IP failure limit as the sign-in form (429 problem+json).
		if (attempts.tooManyFailuresFrom(http.getRemoteAddr())) {
			throw limits.tooManyRequests("sign-in-failures-ip", LoginAttempts.LOCK);
		}
		Authentication result;
		try {
			result = authentication.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(request.email(), request.password()));
		}
		catch (LockedException ex) {
			throw locked();
		}
		catch (AuthenticationException ex) {
			attempts.failedFrom(http.getRemoteAddr());
			// An unknown address answers as a locked account would after as many failures.
			if (attempts.isLocked(request.email())) {
				throw locked();
			}
			throw ApiProblem.unauthorized(words.text("identity.problem.wrongPassword"));
		}
		FasciaUser user = (FasciaUser) result.getPrincipal();
		// branch client-accounts: an account with two-step sign-in also sends a current code (or a recovery code).
		if (twoStep.enabled(user.id())) {
			boolean right;
			try {
				right = request.code() != null && twoStep.check(user.id(), request.code());
			}
			catch (RateLimits.TooManyRequests tooMany) {
				throw tooMany;
			}
			if (!right) {
				throw ApiProblem.unauthorized(words.text("identity.problem.codeNeeded"));
			}
		}
		ApiTokens.Issued issued = tokens.issue(user, words.text("identity.token.apiName", LocalDate.now().toString()));
		return ResponseEntity.ok(new TokenResponse(issued.token(), issued.expiresAt()));
	}

	private ApiProblem locked() {
		return ApiProblem.unauthorized(words.text("identity.problem.locked", String.valueOf(LoginAttempts.LOCK.toMinutes())));
	}

	record TokenRequest(@NotBlank(message = "{identity.api.token.email}") String email,
			@NotBlank(message = "{identity.api.token.password}") String password, String code) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

}
