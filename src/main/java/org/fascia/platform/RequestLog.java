package org.fascia.platform;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One INFO line per request: method, path, status and duration. No query string, no user, no
 * address: query strings carry tokens and e-mail addresses, and the audit log is the place for who.
 * A path may carry a secret too (a private calendar feed's URL): long random segments are masked.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestLog extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestLog.class);

	private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{32,}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			if (!isStatic(request.getRequestURI())) {
				log.info("{} {} {} {}ms", request.getMethod(), loggable(request.getRequestURI()), response.getStatus(),
						(System.nanoTime() - start) / 1_000_000);
			}
		}
	}

	/**
	 * The path with every random-looking segment (32 or more URL-safe characters, some upper case,
	 * unlike a lower-case slug) replaced by "[secret]".
	 */
	static String loggable(String path) {
		return SECRET.matcher(path).replaceAll(m -> m.group().chars().anyMatch(Character::isUpperCase) ? "[secret]"
				: m.group());
	}

	private static boolean isStatic(String path) {
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.startsWith("/img/") || path.equals("/favicon.ico");
	}

}
