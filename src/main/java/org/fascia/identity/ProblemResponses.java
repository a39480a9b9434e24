package org.fascia.identity;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.fascia.platform.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Writes problem+json from the security filters, where no controller advice runs. */
@Component
class ProblemResponses {

	private final JsonMapper json;

	ProblemResponses(JsonMapper json) {
		this.json = json;
	}

	void write(HttpServletResponse response, int status, String detail) throws IOException {
		HttpStatus httpStatus = HttpStatus.valueOf(status);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", Problems.type(httpStatus).toString());
		problem.put("title", httpStatus.getReasonPhrase());
		problem.put("status", status);
		problem.put("detail", detail);
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (status == 401) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		json.writeValue(response.getOutputStream(), problem);
	}

}
