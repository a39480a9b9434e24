package org.fascia.platform;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * A failure the API reports to its caller as an RFC 9457 problem; pages show the same detail text.
 * Services throw these with a message a person can act on.
 */
public class ApiProblem extends ErrorResponseException {

	private final String detail;

	private final String field;

	private ApiProblem(HttpStatus status, String detail, String field) {
		super(status, field == null ? Problems.of(status, detail)
				: Problems.withErrors(status, detail, List.of(Problems.fieldError(field, detail))), null);
		this.detail = detail;
		this.field = field;
	}

	/** Adds a member to the problem body, e.g. the next free slots of a lost booking race. */
	public ApiProblem with(String name, Object value) {
		getBody().setProperty(name, value);
		return this;
	}

	/** The request field the problem is about, or null. */
	public String field() {
		return field;
	}

	public static ApiProblem badRequest(String field, String detail) {
		return new ApiProblem(HttpStatus.BAD_REQUEST, detail, field);
	}

	public static ApiProblem unauthorized(String detail) {
		return new ApiProblem(HttpStatus.UNAUTHORIZED, detail, null);
	}

	public static ApiProblem notFound(String detail) {
		return new ApiProblem(HttpStatus.NOT_FOUND, detail, null);
	}

	public static ApiProblem forbidden(String detail) {
		return new ApiProblem(HttpStatus.FORBIDDEN, detail, null);
	}

	public static ApiProblem conflict(String detail) {
		return new ApiProblem(HttpStatus.CONFLICT, detail, null);
	}

	public static ApiProblem unprocessable(String detail) {
		return new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, detail, null);
	}

	@Override
	public String getMessage() {
		return detail;
	}

}
