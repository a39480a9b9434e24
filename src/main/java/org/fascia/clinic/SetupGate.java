package org.fascia.clinic;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/** Until an owner exists, every page leads to {@code /setup}. Runs before the security filters. */
@Component
@Order(-150)
class SetupGate extends OncePerRequestFilter {

	private final FirstStart firstStart;

	SetupGate(FirstStart firstStart) {
		this.firstStart = firstStart;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !"GET".equals(request.getMethod()) || path.equals("/setup") || path.startsWith("/api/")
				|| path.startsWith("/actuator/") || path.startsWith("/css/") || path.startsWith("/js/")
				|| path.startsWith("/img/") || path.startsWith("/webjars/") || path.equals("/favicon.ico")
				|| path.equals("/error");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (firstStart.isDone()) {
			chain.doFilter(request, response);
			return;
		}
		response.sendRedirect("/setup");
	}

}
