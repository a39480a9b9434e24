package org.fascia.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidNullException;

/**
 * Every error of a JSON endpoint becomes an {@code application/problem+json} body (RFC 9457): 400 with
 * one entry per field, 401, 403, 404, 409, 422; never a stack trace. Page controllers are not affected.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final Words words;

	ApiExceptionHandler(Words words) {
		this.words = words;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		for (FieldError error : ex.getBindingResult().getFieldErrors()) {
			errors.add(Problems.fieldError(error.getField(), String.valueOf(error.getDefaultMessage())));
		}
		ex.getBindingResult().getGlobalErrors()
			.forEach(error -> errors.add(Problems.fieldError(error.getObjectName(), String.valueOf(error.getDefaultMessage()))));
		return problem(Problems.withErrors(HttpStatus.BAD_REQUEST, words.text("platform.problem.invalidFields"), errors));
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> {
			String name = result.getMethodParameter().getParameterName();
			result.getResolvableErrors()
				.forEach(error -> errors.add(Problems.fieldError(name, String.valueOf(error.getDefaultMessage()))));
		});
		return problem(Problems.withErrors(HttpStatus.BAD_REQUEST, words.text("platform.problem.invalidParameters"), errors));
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = jsonPath(ex);
		if (field == null) {
			return problem(Problems.of(HttpStatus.BAD_REQUEST, words.text("platform.problem.notJson")));
		}
		String detail = isNull(ex) ? words.text("platform.problem.fieldNull", field)
				: words.text("platform.problem.fieldWrongType", field);
		return problem(Problems.withErrors(HttpStatus.BAD_REQUEST, detail, List.of(Problems.fieldError(field, detail))));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException ex) {
		String detail = words.text("platform.problem.parameterWrongType", ex.getName());
		return problem(Problems.withErrors(HttpStatus.BAD_REQUEST, detail, List.of(Problems.fieldError(ex.getName(), detail))));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<Object> accessDenied(AccessDeniedException ex) {
		return problem(Problems.of(HttpStatus.FORBIDDEN, words.text("platform.problem.forbidden")));
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<Object> unauthenticated(AuthenticationException ex) {
		return problem(Problems.of(HttpStatus.UNAUTHORIZED, words.text("platform.problem.unauthorized")));
	}

	// branch client-accounts: a rate limit was reached (RateLimits)
	@ExceptionHandler(RateLimits.TooManyRequests.class)
	ResponseEntity<Object> tooMany(RateLimits.TooManyRequests ex) {
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, String.valueOf(ex.retryAfterSeconds()))
			.contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
			.body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, ex.getMessage()));
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<Object> integrity(DataIntegrityViolationException ex) {
		log.warn("Rejected write that conflicts with stored data: {}", ex.getMostSpecificCause().getClass().getName());
		return problem(Problems.of(HttpStatus.CONFLICT, words.text("platform.problem.conflict")));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex) {
		if (ex instanceof ErrorResponseException known) {
			return problem(known.getBody());
		}
		log.error("Unexpected error in API call", ex);
		return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, words.text("platform.problem.server")));
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
			WebRequest request) {
		if (body instanceof ProblemDetail problem) {
			if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
				problem.setType(Problems.type(HttpStatus.valueOf(statusCode.value())));
			}
		}
		HttpHeaders out = new HttpHeaders();
		out.addAll(headers);
		out.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		return new ResponseEntity<>(body, out, statusCode);
	}

	private static ResponseEntity<Object> problem(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static boolean isNull(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof InvalidNullException) {
				return true;
			}
		}
		return false;
	}

	private static String jsonPath(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
				StringBuilder path = new StringBuilder();
				for (JacksonException.Reference ref : jackson.getPath()) {
					if (ref.getPropertyName() != null) {
						if (!path.isEmpty()) {
							path.append('.');
						}
						path.append(ref.getPropertyName());
					}
					else if (ref.getIndex() >= 0) {
						path.append('[').append(ref.getIndex()).append(']');
					}
				}
				return path.isEmpty() ? null : path.toString();
			}
		}
		return null;
	}

}
