package org.fascia.identity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.fascia.platform.ApiProblem;
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

	AuthApi(AuthenticationManager authentication, ApiTokens tokens, LoginAttempts attempts, TwoStep twoStep) {
		this.twoStep = twoStep;
		this.attempts = attempts;
		this.authentication = authentication;
		this.tokens = tokens;
	}

	@PostMapping("/api/v1/auth/token")
	ResponseEntity<TokenResponse> token(@Valid @RequestBody TokenRequest request,
			jakarta.servlet.http.HttpServletRequest http) {
		// branch client-accounts: the same per-IP failure limit as the sign-in form (429 problem+json).
		if (attempts.tooManyFailuresFrom(http.getRemoteAddr())) {
			throw new org.fascia.platform.RateLimits.TooManyRequests("sign-in-failures-ip", LoginAttempts.LOCK);
		}
		Authentication result;
		try {
			result = authentication.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated(request.email(), request.password()));
		}
		catch (LockedException ex) {
			throw ApiProblem.unauthorized("This account is locked for 15 minutes after too many failed sign-ins.");
		}
		catch (AuthenticationException ex) {
			attempts.failedFrom(http.getRemoteAddr());
			// An unknown address answers as a locked account would after as many failures.
			if (attempts.isLocked(request.email())) {
				throw ApiProblem.unauthorized("This account is locked for 15 minutes after too many failed sign-ins.");
			}
			throw ApiProblem.unauthorized("The email or password is not correct.");
		}
		FasciaUser user = (FasciaUser) result.getPrincipal();
		// branch client-accounts: an account with two-step sign-in also sends a current code (or a recovery code).
		if (twoStep.enabled(user.id())) {
			boolean right;
			try {
				right = request.code() != null && twoStep.check(user.id(), request.code());
			}
			catch (org.fascia.platform.RateLimits.TooManyRequests tooMany) {
				throw tooMany;
			}
			if (!right) {
				throw ApiProblem.unauthorized("This account uses two-step sign-in: send the 6-digit code from the app as \"code\".");
			}
		}
		ApiTokens.Issued issued = tokens.issue(user, "API token " + LocalDate.now());
		return ResponseEntity.ok(new TokenResponse(issued.token(), issued.expiresAt()));
	}

	record TokenRequest(@NotBlank(message = "Enter the account's email address.") String email,
			@NotBlank(message = "Enter the password.") String password, String code) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

}
