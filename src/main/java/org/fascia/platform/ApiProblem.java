package org.fascia.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A failure the API reports to its caller as an RFC 9457 problem; pages show the same detail text.
 * Services throw these with a message a person can act on.
 */
public class ApiProblem extends ErrorResponseException {

	/** The bundle for the one text this class writes itself (ApiProblem is built with {@code new}, not by Spring). */
	private static final Words words = Words.standalone();

	private final String detail;

	private final Map<String, String> errors;

	private final String firstField;

	private ApiProblem(HttpStatus status, String detail, Map<String, String> errors) {
		super(status, errors.isEmpty() ? Problems.of(status, detail)
				: Problems.withErrors(status, detail, fieldErrors(errors)), null);
		this.detail = detail;
		this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
		this.firstField = errors.isEmpty() ? null : errors.keySet().iterator().next();
	}

	/** Adds a member to the problem body, e.g. the next free slots of a lost booking race. */
	public ApiProblem with(String name, Object value) {
		getBody().setProperty(name, value);
		return this;
	}

	/** The request field the problem is about (the first one when there are several), or null. */
	public String field() {
		return firstField;
	}

	/** Every invalid field with its message; empty when the problem is not about fields. */
	public Map<String, String> errors() {
		return errors;
	}

	public static ApiProblem badRequest(String field, String detail) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, detail, field == null ? Map.of() : Map.of(field, detail));
	}

	/** A 400 naming several fields at once, in the order given. */
	public static ApiProblem invalid(Map<String, String> errors) {
		if (errors.isEmpty()) {
			throw new IllegalArgumentException("an invalid request names at least one field");
		}
		String detail = errors.size() == 1 ? errors.values().iterator().next()
				: words.text("platform.problem.invalidFields");
		return new ApiProblem(HttpStatus.BAD_REQUEST, detail, errors);
	}

	public static ApiProblem unauthorized(String detail) {
		return new ApiProblem(HttpStatus.UNAUTHORIZED, detail, Map.of());
	}

	public static ApiProblem notFound(String detail) {
		return new ApiProblem(HttpStatus.NOT_FOUND, detail, Map.of());
	}

	public static ApiProblem forbidden(String detail) {
		return new ApiProblem(HttpStatus.FORBIDDEN, detail, Map.of());
	}

	public static ApiProblem conflict(String detail) {
		return new ApiProblem(HttpStatus.CONFLICT, detail, Map.of());
	}

	/** A link or resource that existed and is no longer usable (used once already, expired). */
	public static ApiProblem gone(String detail) {
		return new ApiProblem(HttpStatus.GONE, detail, Map.of());
	}

	/** Too many requests from one address (or overall) for now; {@code retryAfterSeconds} goes into Retry-After. */
	public static ApiProblem tooManyRequests(String detail, long retryAfterSeconds) {
		ApiProblem problem = new ApiProblem(HttpStatus.TOO_MANY_REQUESTS, detail, Map.of());
		problem.getHeaders().set("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)));
		return problem;
	}

	public static ApiProblem unprocessable(String detail) {
		return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, detail, Map.of());
	}

	@Override
	public String getMessage() {
		return detail;
	}

	private static List<Map<String, String>> fieldErrors(Map<String, String> errors) {
		List<Map<String, String>> list = new ArrayList<>();
		errors.forEach((field, message) -> list.add(Problems.fieldError(field, message)));
		return list;
	}

}
