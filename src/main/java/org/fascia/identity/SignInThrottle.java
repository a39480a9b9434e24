package org.fascia.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Before a form sign-in is tried (branch client-accounts): an IP address with too many recent failed
 * sign-ins gets 429 and the "too many attempts" page, whatever the address and password.
 */
class SignInThrottle extends OncePerRequestFilter {

	private final LoginAttempts attempts;

	SignInThrottle(LoginAttempts attempts) {
		this.attempts = attempts;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod()) && (request.getContextPath() + "/login").equals(request.getRequestURI()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (attempts.tooManyFailuresFrom(request.getRemoteAddr())) {
			response.setHeader("Retry-After", "900");
			response.sendError(429);
			return;
		}
		chain.doFilter(request, response);
	}

}
