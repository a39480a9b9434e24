package org.fascia.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.fascia.platform.Words;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>}. A presented token that is unknown, expired or
 * revoked is answered 401 at once; a request without the header passes on unauthenticated.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String PREFIX = "Bearer ";

	private final ApiTokens tokens;

	private final ProblemResponses problems;

	private final Words words;

	/** Built with {@code new} by {@link SecurityConfiguration}, which hands it the bundle's {@link Words}. */
	BearerTokenFilter(ApiTokens tokens, ProblemResponses problems, Words words) {
		this.tokens = tokens;
		this.problems = problems;
		this.words = words;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<FasciaUser> user = tokens.authenticate(header.substring(PREFIX.length()).trim());
		if (user.isEmpty()) {
			problems.write(response, 401, words.text("identity.problem.bearerUnknown"));
			return;
		}
		FasciaUser principal = user.get();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
