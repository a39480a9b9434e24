package org.fascia.screening;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A clearance upload whose request is larger than the container accepts would fail while the first
 * filter reads a parameter (the CSRF token), long before a controller could explain it. This filter
 * runs first and answers such a request, by its Content-Length, with the form and a clear message.
 * The container's limits (spring.servlet.multipart) stay as a backstop: a request without a length
 * that exceeds them gets the friendly 413 error page. Files a little over 10 MB fit the container's
 * limit and get their precise message, with their size, from {@link Clearances}.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimitFilter {

	/** spring.servlet.multipart.max-request-size: a 10 MB file and the form's other fields. */
	static final long MAX_REQUEST_BYTES = 11L * 1024 * 1024;

	private static final Pattern CLEARANCE_FORM = Pattern.compile("^/clients/(\\d+)/screening/clearances$");

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> clearanceUploadLimit() {
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				Matcher form = CLEARANCE_FORM.matcher(request.getRequestURI());
				if ("POST".equals(request.getMethod()) && form.matches()
						&& request.getContentLengthLong() > MAX_REQUEST_BYTES) {
					response.sendRedirect("/clients/" + form.group(1) + "/screening?error=too-big");
					return;
				}
				chain.doFilter(request, response);
			}

		});
		registration.addUrlPatterns("/clients/*");
		registration.setName("clearanceUploadLimit");
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
