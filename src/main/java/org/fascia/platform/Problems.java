package org.fascia.platform;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem details with Fascia's problem type URIs. */
public final class Problems {

	private Problems() {
	}

	public static ProblemDetail of(HttpStatus status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(type(status));
		problem.setTitle(status.getReasonPhrase());
		return problem;
	}

	public static ProblemDetail withErrors(HttpStatus status, String detail, List<Map<String, String>> errors) {
		ProblemDetail problem = of(status, detail);
		problem.setProperty("errors", errors);
		return problem;
	}

	public static Map<String, String> fieldError(String field, String message) {
		return Map.of("field", field, "message", message);
	}

	public static URI type(HttpStatus status) {
		return URI.create("https://fascia.dev/problems/" + status.value());
	}

}
